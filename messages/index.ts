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

const loaded = new Map<AppLocale, Promise<Record<string, unknown>>>();

/**
 * All of a locale's messages, read once per process: every request asks (i18n/request.ts), and
 * 36 imports and a new object each time were 2.5 % of a record page's server time. Callers must not
 * change what they get; they copy out of it (i18n/client-messages.ts).
 */
export function loadMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(
      NAMESPACES.map(async (ns) => [ns, (await import(`./${locale}/${ns}.json`)).default] as const),
    ).then((entries) => Object.fromEntries(entries));
    // A failed read is not kept: the next request tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
