import type { AppLocale } from "@/i18n/locales";

// One JSON file per namespace and locale (messages/<locale>/<namespace>.json),
// so features add their strings without touching each other's files. A new
// namespace is listed here once; messages.test.ts checks every locale has it.
// One per line, so features added side by side merge without conflicts.
export const NAMESPACES = [
  "common",
  "login",
  "nav",
  "userMenu",
  "account",
  "dashboard",
  "orders",
  "errors",
  "lead",
  "followUp",
  "journey",
  "leadList",
  "settings",
  "customerList",
  "customer",
  "loyalty",
  "consent",
  "orderStatus",
  "customerImport",
  "staffUsers",
  "auditLog",
  "notifications",
  "bell",
  "messaging",
  "unsubscribe",
  "segmentSends",
  "apiKeys",
  "apiDocs",
  "webhooks",
  "webForms",
  "pipeline",
  "agenda",
  "search",
  "bulk",
  "goals",
  "repPicker",
] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
