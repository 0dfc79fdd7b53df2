import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/locales";
import { loadMessages } from "@/messages";
import { neutraliseFormula } from "@/lib/csv-formula";
import { isoWithOffset } from "@/lib/time-zone";

// What one exported row says, in the reader's language: headers and values a person reads
// (stage and tier names, Yes/No) and that the importer maps back. The owner is their e-mail, unique
// per user, so a re-import lands on the same person; a name would not. Phones stay E.164 as stored.
// The importable columns carry the words of messages/*/customerImport.json `fields`, which the
// import's "Reise" layout reads (lib/customer-import/preset-headers.ts); "Reise id" it leaves out.
// Every cell still goes through neutraliseFormula: "+47…" leaves as "'+47…", which the importer
// reads back; the guard is not loosened for any column.

export const EXPORT_COLUMNS = [
  "id",
  "name",
  "email",
  "phone",
  "city",
  "owner",
  "team",
  "journeyStage",
  "emailConsent",
  "smsConsent",
  "externalId",
  "notes",
  "loyaltyTier",
  "loyaltyPoints",
  "lastActivityAt",
  "hasOpenLead",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type ExportRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  owner: string | null;
  team: string | null;
  journeyStage: string;
  /** null: never asked (no decision recorded), which is not the same as a "no". */
  emailConsent: boolean | null;
  smsConsent: boolean | null;
  externalId: string | null;
  notes: string | null;
  loyaltyTier: string;
  loyaltyPoints: number;
  lastActivityAt: Date | string | null;
  hasOpenLead: boolean;
};

type Translate = { (key: string): string; has(key: string): boolean };

export type ExportFormatter = { header: string[]; cells: (row: ExportRow) => string[]; badFormat: string };

export async function exportFormatter(locale: AppLocale, timeZone: string): Promise<ExportFormatter> {
  // Keys are built from codes at run time, so looked up as plain strings (as server/orders/notify.ts does).
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    namespace: "customerList",
  }) as unknown as Translate;
  // A consent never asked goes out empty: a "No" would come back from an import as a recorded refusal.
  const yesNo = (v: boolean | null) => (v === null ? null : v ? t("export.yes") : t("export.no"));
  // Unknown codes (a stage added later without a label) go out as the code rather than failing the file.
  const label = (group: "stages" | "tiers", code: string) => {
    const key = `${group}.${code}`;
    return t.has(key) ? t(key) : code;
  };
  return {
    badFormat: t("export.badFormat"),
    header: EXPORT_COLUMNS.map((c) => neutraliseFormula(t(`export.columns.${c}`))),
    cells: (r) =>
      [
        r.id,
        r.name,
        r.email,
        r.phone,
        r.city,
        r.owner,
        r.team,
        label("stages", r.journeyStage),
        yesNo(r.emailConsent),
        yesNo(r.smsConsent),
        r.externalId,
        r.notes,
        label("tiers", r.loyaltyTier),
        r.loyaltyPoints,
        r.lastActivityAt === null ? null : isoWithOffset(new Date(r.lastActivityAt).getTime(), timeZone),
        yesNo(r.hasOpenLead),
      ].map(neutraliseFormula),
  };
}
