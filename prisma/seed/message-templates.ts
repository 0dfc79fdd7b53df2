import type { SqlRunner } from "@/server/db/sql";
import { Rng } from "./random";

// The demo's message templates (Settings → Templates): what a dealer's and a builder's reps answer
// most, in the three languages, so "Write to the customer" has something to start from. A clean
// production install has none of these; managers write their own.

type Locale = "nb" | "da" | "en";
type Template = {
  channel: "EMAIL" | "SMS";
  purpose: "ANSWER" | "CARE" | "MARKETING";
  stage: string | null;
} & Record<Locale, { name: string; subject?: string; body: string }>;

const TEMPLATES: Template[] = [
  {
    channel: "SMS",
    purpose: "ANSWER",
    stage: "RESEARCH",
    nb: {
      name: "Svar: leveringstid",
      body: "Hei {{firstName}}! Takk for at du spurte om {{product}}. Jeg sjekker leveringstiden og ringer deg i dag. Hilsen {{repName}}",
    },
    da: {
      name: "Svar: leveringstid",
      body: "Hej {{firstName}}! Tak fordi du spurgte om {{product}}. Jeg tjekker leveringstiden og ringer til dig i dag. Hilsen {{repName}}",
    },
    en: {
      name: "Reply: delivery time",
      body: "Hi {{firstName}}! Thanks for asking about {{product}}. I am checking the delivery time and will call you today. {{repName}}",
    },
  },
  {
    channel: "EMAIL",
    purpose: "ANSWER",
    stage: "PURCHASE",
    nb: {
      name: "Tilbud",
      subject: "Tilbudet på {{product}}",
      body: "Hei {{firstName}},\n\ntakk for en hyggelig prat. Her er tilbudet på {{product}} som vi snakket om. Svar gjerne på denne e-posten hvis du har spørsmål, eller om du vil ta en prøvetur.\n\nVennlig hilsen\n{{repName}}",
    },
    da: {
      name: "Tilbud",
      subject: "Tilbuddet på {{product}}",
      body: "Hej {{firstName}},\n\ntak for en god snak. Her er tilbuddet på {{product}}, som vi talte om. Svar gerne på denne e-mail, hvis du har spørgsmål eller vil have en prøvetur.\n\nVenlig hilsen\n{{repName}}",
    },
    en: {
      name: "Quote",
      subject: "Your quote for {{product}}",
      body: "Hi {{firstName}},\n\nthank you for the chat. Here is the quote for {{product}} we talked about. Reply to this e-mail with any questions, or if you would like a test drive.\n\nKind regards\n{{repName}}",
    },
  },
  {
    channel: "SMS",
    purpose: "CARE",
    stage: "DELIVERY",
    nb: {
      name: "Leveringsdato",
      body: "Hei {{firstName}}! {{product}} er ventet {{expectedDate}}. Vi sier fra med en gang hvis noe endrer seg. Hilsen {{repName}}",
    },
    da: {
      name: "Leveringsdato",
      body: "Hej {{firstName}}! {{product}} forventes {{expectedDate}}. Vi giver besked med det samme, hvis noget ændrer sig. Hilsen {{repName}}",
    },
    en: {
      name: "Delivery date",
      body: "Hi {{firstName}}! {{product}} is expected on {{expectedDate}}. We will tell you at once if anything changes. {{repName}}",
    },
  },
];

export async function seedMessageTemplates(tx: SqlRunner, now: number): Promise<number> {
  const rng = new Rng(0x7e11, 0x7e11);
  const at = new Date(now).toISOString();
  let n = 0;
  for (const template of TEMPLATES) {
    for (const locale of ["nb", "da", "en"] as const) {
      const text = template[locale];
      await tx.query(
        `INSERT INTO "MessageTemplate" (id, name, channel, purpose, stage, locale, subject, body, version, "createdAt", "updatedAt")
         VALUES ($1::uuid, $2, $3::"MessageChannel", $4::"MessagePurpose", $5::"JourneyStage", $6::"Locale", $7, $8, 0, $9::timestamptz, $9::timestamptz)
         ON CONFLICT (name, channel, locale) DO NOTHING`,
        [
          rng.uuid(),
          text.name,
          template.channel,
          template.purpose,
          template.stage,
          locale,
          text.subject ?? null,
          text.body,
          at,
        ],
      );
      n += 1;
    }
  }
  return n;
}
