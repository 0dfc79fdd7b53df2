import { describe, expect, it } from "vitest";
import { slugFor } from "@/lib/web-forms/options";
import { readWebFormSettings, webFormSettingsSchema, webFormSubmissionSchema } from "./web-form";

// The manager's form and the visitor's: what each refuses, and the rules between them.

function settingsForm(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}
const base = {
  name: "Prøvekjøring",
  language: "nb",
  "field.name": "required",
  "field.email": "required",
  "field.phone": "optional",
  "field.city": "off",
  "field.message": "optional",
  thankYouText: "Takk!",
};

describe("web form settings", () => {
  it("reads the shown fields in order and only the offered consents", () => {
    const parsed = webFormSettingsSchema.parse(
      readWebFormSettings(
        settingsForm({
          ...base,
          "consent.SMS": "on",
          "consentText.SMS": "Ja, SMS.",
          "consentText.PROFILING": "not offered, so not kept",
        }),
      ),
    );
    expect(parsed.fields).toEqual([
      { key: "name", required: true },
      { key: "email", required: true },
      { key: "phone", required: false },
      { key: "message", required: false },
    ]);
    expect(parsed.consents).toEqual([{ purpose: "SMS", text: "Ja, SMS." }]);
    expect(parsed).toMatchObject({ campaignId: null, teamId: null, language: "nb" });
  });

  it("refuses a form that asks neither e-mail nor phone, and consents without a required e-mail", () => {
    const noContact = webFormSettingsSchema.safeParse(
      readWebFormSettings(settingsForm({ ...base, "field.email": "off", "field.phone": "off" })),
    );
    expect(noContact.error?.issues.map((i) => i.message)).toContain("contactField");
    const optionalEmail = webFormSettingsSchema.safeParse(
      readWebFormSettings(
        settingsForm({
          ...base,
          "field.email": "optional",
          "consent.MARKETING_EMAIL": "on",
          "consentText.MARKETING_EMAIL": "Ja",
        }),
      ),
    );
    expect(optionalEmail.error?.issues.map((i) => i.message)).toEqual(["consentNeedsEmail"]);
  });

  it("makes a readable slug with a random tail", () => {
    expect(slugFor("Prøvekjøring på Ålesund – vår", "1a2b3c4d")).toBe("provekjoring-pa-alesund-var-1a2b3c4d");
    expect(slugFor("Bær & Æble", "ff")).toBe("baer-aeble-ff");
    expect(slugFor("!!!", "ff")).toBe("ff");
  });
});

describe("a visitor's submission", () => {
  const fields = [
    { key: "name" as const, required: true },
    { key: "email" as const, required: false },
    { key: "phone" as const, required: false },
  ];
  const schema = webFormSubmissionSchema({ fields, consents: [{ purpose: "MARKETING_EMAIL", text: "Ja" }] });

  it("normalises what the ingest API would and drops consents not offered", () => {
    expect(
      schema.parse({
        name: "  Kari ",
        email: " Kari@Eksempel.NO ",
        phone: "+47 912 34 567",
        consents: ["MARKETING_EMAIL", "SMS"],
      }),
    ).toEqual({ name: "Kari", email: "kari@eksempel.no", phone: "+4791234567", consents: ["MARKETING_EMAIL"] });
  });

  it("needs e-mail or phone to know who wrote, and says which field is wrong", () => {
    expect(schema.safeParse({ name: "Kari", consents: [] }).error?.issues).toMatchObject([
      { path: ["email"], message: "contact" },
    ]);
    expect(schema.safeParse({ name: "", email: "nei", phone: "12", consents: [] }).error?.issues).toMatchObject([
      { path: ["email"], message: "email" },
      { path: ["phone"], message: "phone" },
      { path: ["name"], message: "required" },
    ]);
  });
});
