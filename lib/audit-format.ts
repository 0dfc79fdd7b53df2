import { auditLines } from "./audit-diff";
import { isId } from "./validation/id";

// What each field of an audit row's `data` means, so the log can show names, labels and formatted
// values instead of ids and codes. Pure: it names what to look up (a user's id, a stage's code) and
// the page resolves names in one batched query per kind (server/audit-log/names.ts) and words in
// the reader's language (components/audit/audit-value.tsx).

export const REF_TYPES = [
  "user",
  "team",
  "customer",
  "lead",
  "order",
  "campaign",
  "lostReason",
  "apiKey",
  "segment",
  "template",
  "automation",
  "webhook",
  "webForm",
  "milestoneContent",
] as const;
export type RefType = (typeof REF_TYPES)[number];

/** Audit entity types whose ids name a record with a name. */
export const ENTITY_REF: Partial<Record<string, RefType>> = {
  User: "user",
  Team: "team",
  Customer: "customer",
  Lead: "lead",
  Order: "order",
  Campaign: "campaign",
  LostReason: "lostReason",
  ApiKey: "apiKey",
  Segment: "segment",
  MessageTemplate: "template",
  AutomationRule: "automation",
  WebhookEndpoint: "webhook",
  WebForm: "webForm",
  MilestoneContent: "milestoneContent",
};

export type AuditValue =
  | { kind: "empty" }
  | { kind: "ref"; ref: RefType; id: string }
  | { kind: "count"; ref: RefType; n: number }
  | { kind: "enum"; set: string; value: string }
  | { kind: "date"; iso: string }
  | { kind: "day"; iso: string }
  | { kind: "minutes"; n: number }
  | { kind: "money"; minor: number }
  | { kind: "number"; n: number }
  | { kind: "bool"; value: boolean }
  | { kind: "list"; items: AuditValue[] }
  | { kind: "object"; entries: { label: LabelPart[]; value: AuditValue }[] }
  | { kind: "text"; text: string };

/** A field's label, part by part: a field name, a record (a team in the alerts), or a code (a channel). */
export type LabelPart = { kind: "field"; key: string } | { kind: "ref"; ref: RefType; id: string } | AuditValue;

export type AuditDisplayLine =
  | { kind: "change"; label: LabelPart[]; from: AuditValue; to: AuditValue }
  | { kind: "value"; label: LabelPart[]; value: AuditValue };

const REF_FIELDS: Record<string, RefType> = {
  ownerId: "user",
  userId: "user",
  actorId: "user",
  teamId: "team",
  customerId: "customer",
  into: "customer",
  leadId: "lead",
  campaignId: "campaign",
  lostReasonId: "lostReason",
  apiKeyId: "apiKey",
  segmentId: "segment",
  templateId: "template",
};
/** Lists of ids: a bulk change can name thousands, so the log says how many. */
const COUNT_FIELDS: Record<string, RefType> = { customerIds: "customer", restored: "customer", moved: "customer" };
/** Internal ids with no name worth showing (a job run, a device subscription): left out. */
const HIDDEN_FIELDS = new Set([
  "runId",
  "sendId",
  "feedId",
  "subscriptionId",
  "bulkOperationId",
  "bulkUndoOf",
  "login",
]);
const ENUM_FIELDS: Record<string, string> = {
  stage: "stage",
  milestone: "milestone",
  role: "role",
  channel: "channel",
  kind: "kind",
  purpose: "purpose",
  locale: "locale",
  category: "category",
  journeyStage: "journeyStage",
  loyaltyTier: "tier",
  via: "via",
  teamVia: "via",
  source: "source",
  trigger: "trigger",
  format: "format",
  setting: "setting",
  timeZone: "timeZone",
  holidayCountry: "holidayCountry",
  fields: "field",
  consents: "purpose",
  scopes: "scope",
};
const MINUTE_FIELDS = new Set(["afterMinutes", "warnBeforeMinutes"]);
const DAY_FIELDS = new Set(["days", "openDays"]);
/** What `from` and `to` hold, by action: a person, a team, a stage… (else read from the value itself). */
const FROM_TO: Record<string, (v: unknown) => AuditValue> = {
  "lead.assigned": (v) => ref("user", v),
  "lead.claimed": (v) => ref("user", v),
  "lead.reassigned": (v) => ref("user", v),
  "customer.updated": (v) => ref("user", v),
  "team.categories_changed": (v) => ref("team", v),
  "campaign.team_changed": (v) => ref("team", v),
  "apiKey.team_changed": (v) => ref("team", v),
  "lead.stage_changed": (v) => enumOf("stage", v),
  "lead.reopened": (v) => enumOf("stage", v),
  "order.milestone_changed": (v) => enumOf("milestone", v),
  "user.role_changed": (v) => enumOf("role", v),
  "user.enabled": (v) => enumOf("status", v),
  "user.disabled": (v) => enumOf("status", v),
};

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const empty = (v: unknown) => v === null || v === undefined || v === "";
const ref = (type: RefType, v: unknown): AuditValue =>
  empty(v) ? { kind: "empty" } : typeof v === "string" && isId(v) ? { kind: "ref", ref: type, id: v } : plain(v);
const enumOf = (set: string, v: unknown): AuditValue =>
  empty(v) ? { kind: "empty" } : typeof v === "string" ? { kind: "enum", set, value: v } : plain(v);

/** A value read from its shape alone. */
function plain(v: unknown): AuditValue {
  if (empty(v)) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (typeof v === "number") return { kind: "number", n: v };
  if (typeof v === "string") {
    if (ISO_MOMENT.test(v)) return { kind: "date", iso: v };
    if (ISO_DAY.test(v)) return { kind: "day", iso: v };
    return { kind: "text", text: v };
  }
  if (Array.isArray(v)) return { kind: "list", items: v.map(plain) };
  if (typeof v === "object")
    return { kind: "object", entries: Object.entries(v as object).map(([k, x]) => field([k], x)) };
  return { kind: "text", text: String(v) };
}

/** The value of the field at `path` (its last key says what it holds). */
function valueAt(path: string[], v: unknown, action = ""): AuditValue {
  const key = path[path.length - 1] ?? "";
  if (key === "kind" && action.startsWith("job.")) return enumOf("jobKind", v);
  const parent = path[path.length - 2];
  if (REF_FIELDS[key]) return ref(REF_FIELDS[key], v);
  if (COUNT_FIELDS[key] && Array.isArray(v)) return { kind: "count", ref: COUNT_FIELDS[key], n: v.length };
  if (parent === "minutesByChannel" || MINUTE_FIELDS.has(key))
    return typeof v === "number" ? { kind: "minutes", n: v } : plain(v);
  if (key === "valueMinor" && typeof v === "number") return { kind: "money", minor: v };
  if (DAY_FIELDS.has(key) && Array.isArray(v))
    return { kind: "list", items: v.map((d) => enumOf("weekday", String(d))) };
  if (key === "holidayCountry") return enumOf("holidayCountry", v ?? "none");
  const set = ENUM_FIELDS[key];
  if (set) return Array.isArray(v) ? { kind: "list", items: v.map((x) => enumOf(set, x)) } : enumOf(set, v);
  return plain(v);
}

/** A field's label: each key by name, a team's id as the team, a channel's code as the channel. */
function labelOf(path: string[]): LabelPart[] {
  return path.map((key, i) => {
    if (isId(key)) return { kind: "ref", ref: path[i - 1] === "teams" ? "team" : "user", id: key };
    if (path[i - 1] === "minutesByChannel") return { kind: "enum", set: "channel", value: key };
    return { kind: "field", key };
  });
}

function field(path: string[], v: unknown) {
  return { label: labelOf(path), value: valueAt(path, v) };
}

/** An audit row's data as labelled, typed lines; internal ids are left out. */
export function describeAudit(action: string, data: unknown): AuditDisplayLine[] {
  const out: AuditDisplayLine[] = [];
  for (const line of auditLines(data)) {
    const path = line.path ? line.path.split(".") : [];
    if (path.some((key) => HIDDEN_FIELDS.has(key))) continue;
    const label = labelOf(path);
    if (line.kind === "value") {
      out.push({ kind: "value", label, value: valueAt(path, line.value, action) });
      continue;
    }
    const top = path.length === 0 && FROM_TO[action];
    const read = top ? top : (v: unknown) => valueAt(path, v, action);
    out.push({ kind: "change", label, from: read(line.from), to: read(line.to) });
  }
  return out;
}

/** Every record an audit page names, by kind, so each kind is one `id IN (…)` query. */
export function auditRefs(rows: { entityType: string; entityId: string | null; action: string; data: unknown }[]) {
  const refs = new Map<RefType, Set<string>>(REF_TYPES.map((t) => [t, new Set<string>()]));
  const add = (v: AuditValue | LabelPart) => {
    if (v.kind === "ref") refs.get(v.ref)!.add(v.id);
    else if (v.kind === "list") v.items.forEach(add);
    else if (v.kind === "object")
      v.entries.forEach((e) => {
        e.label.forEach(add);
        add(e.value);
      });
  };
  for (const row of rows) {
    const type = ENTITY_REF[row.entityType];
    if (type && row.entityId && isId(row.entityId)) refs.get(type)!.add(row.entityId);
    for (const line of describeAudit(row.action, row.data)) {
      line.label.forEach(add);
      if (line.kind === "change") [line.from, line.to].forEach(add);
      else add(line.value);
    }
  }
  return refs;
}
