// An audit row's `data` as lines a person can read. A change ({ from, to })
// of two objects lists only what differs, one line per changed field
// ("minutesByChannel.CHAT: 15 → 20"), not two copies of the whole setting.

export type AuditLine =
  { kind: "change"; path: string; from: unknown; to: unknown } | { kind: "value"; path: string; value: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isChange = (v: unknown): v is { from: unknown; to: unknown } => isObject(v) && "from" in v && "to" in v;
const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

function diff(from: unknown, to: unknown, path: string, out: AuditLine[]) {
  if (isObject(from) && isObject(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)]))
      diff(from[key], to[key], join(path, key), out);
    return;
  }
  if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ kind: "change", path, from, to });
}

export function auditLines(data: unknown): AuditLine[] {
  if (!isObject(data)) return data === null || data === undefined ? [] : [{ kind: "value", path: "", value: data }];
  const out: AuditLine[] = [];
  if (isChange(data)) diff(data.from, data.to, "", out);
  for (const [key, value] of Object.entries(data)) {
    if (isChange(data) && (key === "from" || key === "to")) continue;
    if (isChange(value)) diff(value.from, value.to, key, out);
    else out.push({ kind: "value", path: key, value });
  }
  return out;
}
