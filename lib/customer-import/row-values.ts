import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { JourneyStage } from "@/generated/prisma/enums";
import customerDa from "@/messages/da/customer.json";
import customerEn from "@/messages/en/customer.json";
import customerNb from "@/messages/nb/customer.json";
import importDa from "@/messages/da/customerImport.json";
import importEn from "@/messages/en/customerImport.json";
import importNb from "@/messages/nb/customerImport.json";
import listDa from "@/messages/da/customerList.json";
import listEn from "@/messages/en/customerList.json";
import listNb from "@/messages/nb/customerList.json";
import type { ImportCountry } from "./fields";
import { normaliseImportHeader } from "./preset-headers";

// Reading the values of one cell: stages, yes/no and phone numbers as other tools and Reise's own
// export write them. The words come from the message catalogues, so what the export writes in the
// reader's language is exactly what the import reads back.

/** Reise's export writes '+47…, '=… (lib/csv-formula.ts); read such a cell as the text after the apostrophe. */
export function unguardCell(value: string): string {
  return value.length > 1 && value[0] === "'" && "=+-@".includes(value[1]) ? value.slice(1) : value;
}

const STAGE_CODES = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const satisfies JourneyStage[];

// HubSpot lifecycle stages (internal names and labels normalise alike): before a sale is a need,
// qualified interest is research, an open deal is the purchase, a customer uses what they bought,
// and an evangelist is loyal. "Other" says nothing, so it is read as an empty cell.
const HUBSPOT_STAGES: Record<string, JourneyStage | null> = {
  subscriber: "NEED",
  lead: "NEED",
  marketingqualifiedlead: "RESEARCH",
  salesqualifiedlead: "RESEARCH",
  opportunity: "PURCHASE",
  customer: "USE",
  evangelist: "LOYALTY",
  other: null,
};

const STAGE_WORDS = new Map<string, JourneyStage | null>([
  ...Object.entries(HUBSPOT_STAGES),
  ...[
    listEn.stages,
    listNb.stages,
    listDa.stages,
    customerEn.journeyMap.stages,
    customerNb.journeyMap.stages,
    customerDa.journeyMap.stages,
  ].flatMap((labels) => STAGE_CODES.map((code) => [normaliseImportHeader(labels[code]), code] as const)),
  ...STAGE_CODES.map((code) => [code.toLowerCase(), code] as const),
]);

/** The stage, null for an empty cell, or undefined when the word is not a stage. */
export function readStage(value: string): JourneyStage | null | undefined {
  if (!value) return null;
  return STAGE_WORDS.get(normaliseImportHeader(value));
}

const YES = new Set([
  "yes",
  "y",
  "true",
  "1",
  "x",
  "ja",
  "j",
  ...[importEn, importNb, importDa].map((m) => m.values.yes.toLowerCase()),
]);
const NO = new Set([
  "no",
  "n",
  "false",
  "0",
  "nei",
  "nej",
  ...[importEn, importNb, importDa].map((m) => m.values.no.toLowerCase()),
]);

/** true/false, null for an empty cell, or undefined when it is neither a yes nor a no. */
export function readConsent(value: string): boolean | null | undefined {
  if (!value) return null;
  const word = value.toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;
const INTERNATIONAL = /^\(?(\+|00)/;

/**
 * The number in E.164, read in the default country unless it says its own (+45…, 0045…). Letters
 * are refused before parsing: the library would read "1-800-FLOWERS" as digits.
 */
export function readPhone(
  value: string,
  country: ImportCountry,
): { ok: true; phone: string } | { ok: false; code: "phoneInvalid" | "phoneCountryCode" } {
  if (!PHONE_CHARACTERS.test(value)) return { ok: false, code: "phoneInvalid" };
  // The cell is the number, so the library need not search text for one (a fifth faster over 100,000
  // rows); it does not expect the country code in brackets, as in "(+45) 20 12 34 56".
  const number = value.replace(/^\((\+|00)(\d{1,3})\)/, "$1$2");
  const parsed = parsePhoneNumberFromString(number, { defaultCountry: country, extract: false });
  if (parsed?.isValid()) return { ok: true, phone: parsed.number };
  // A national number that is not one of this country's may be another country's: ask for its code.
  return { ok: false, code: INTERNATIONAL.test(value) ? "phoneInvalid" : "phoneCountryCode" };
}
