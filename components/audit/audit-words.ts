import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AuditValue, LabelPart, RefType } from "@/lib/audit-format";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { formatOpenTime, type DurationLocale } from "@/lib/format-duration";
import type { AuditNames } from "@/server/audit-log/names";

// The audit log's words in the reader's language: a record's current name, a code's label from the
// catalogue that already names it elsewhere in the app, numbers, dates and durations in the reader's
// locale. Codes without a label anywhere read from auditLog.values; nothing falls back to an id.

/** Where each kind of code is already named (namespace.key), else auditLog.values.<set>. */
const CATALOGUE: Record<string, string> = {
  stage: "lead.stages",
  channel: "leadList.channels",
  milestone: "orders.milestones",
  role: "staffUsers.roles",
  purpose: "consent.purposes",
  locale: "common.languages",
  category: "orderStatus.content.categories",
  journeyStage: "customerList.stages",
  tier: "loyalty.tiers",
  kind: "journey.kinds",
  weekday: "settings.sla.weekdays",
  timeZone: "settings.sla.zones",
  holidayCountry: "settings.sla.holidayCountries",
  trigger: "settings.automations.triggers",
  jobKind: "settings.jobs.kinds",
  source: "consent.sources",
  field: "auditLog.fields",
};

/** "follow_up" → "Follow up": the last resort for a code nobody named yet (an old entry's). */
const humanize = (code: string) => {
  const s = code
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_.]/g, " ")
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export async function auditWords(names: AuditNames) {
  const [t, tLog, format, locale] = await Promise.all([
    getTranslations(),
    getTranslations("auditLog"),
    getFormatter(),
    getLocale(),
  ]);
  const has = (key: string) => t.has(key as never);
  const tr = (key: string) => t(key as never);

  const code = (set: string, value: string) => {
    const key = `${CATALOGUE[set] ?? `auditLog.values.${set}`}.${set === "timeZone" ? value.replace(/\//g, "_") : value}`;
    if (has(key)) return tr(key);
    return has(`auditLog.values.${set}.${value}`) ? tr(`auditLog.values.${set}.${value}`) : humanize(value);
  };
  const name = (ref: RefType, id: string) => {
    const found = names[`${ref}:${id}`];
    if (!found) return tLog("deleted", { what: tLog(`refs.${ref}`) });
    return found.erased ? tLog("erasedCustomer") : found.name;
  };

  const value = (v: AuditValue): string => {
    switch (v.kind) {
      case "empty":
        return "—";
      case "ref":
        return name(v.ref, v.id);
      case "count":
        return tLog("count", { n: v.n, what: v.ref });
      case "enum":
        return code(v.set, v.value);
      case "date":
        return format.dateTime(new Date(v.iso), DATE_AND_TIME);
      case "day":
        return format.dateTime(new Date(`${v.iso}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
      case "minutes":
        return formatOpenTime(v.n, locale as DurationLocale);
      case "money":
        return format.number(v.minor / 100, { maximumFractionDigits: 2 });
      case "number":
        return format.number(v.n);
      case "bool":
        return tLog(v.value ? "yes" : "no");
      case "list":
        return v.items.length ? format.list(v.items.map(value), { type: "unit" }) : "—";
      case "object":
        return v.entries.map((e) => `${label(e.label)}: ${value(e.value)}`).join("; ");
      case "text":
        return v.text.length > 160 ? `${v.text.slice(0, 159)}…` : v.text;
    }
  };

  const part = (p: LabelPart): string =>
    p.kind === "field"
      ? tLog.has(`fields.${p.key}`)
        ? tLog(`fields.${p.key}`)
        : humanize(p.key)
      : p.kind === "ref"
        ? name(p.ref, p.id)
        : value(p);
  const label = (parts: LabelPart[]) => parts.map(part).join(" › ");

  return { value, label, name, code };
}
