import { getTranslations } from "next-intl/server";

// An audit row's `data` as a person reads it: "from → to" for a change, then
// the other fields as "name: value". Values are shown as text (React escapes
// them), long ones shortened.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function text(value: Json | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") {
    const json = JSON.stringify(value);
    return json.length > 160 ? `${json.slice(0, 159)}…` : json;
  }
  const s = String(value);
  return s.length > 160 ? `${s.slice(0, 159)}…` : s;
}

function isChange(value: Json | undefined): value is { from: Json; to: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;
}

function Change({ from, to }: { from: Json; to: Json }) {
  return (
    <>
      <del className="text-ink-muted decoration-ink-subtle">{text(from)}</del>
      <span aria-hidden="true"> → </span>
      <ins className="font-medium text-ink no-underline">{text(to)}</ins>
    </>
  );
}

export async function AuditData({ data }: { data: unknown }) {
  const t = await getTranslations("auditLog");
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return data === null || data === undefined ? null : <span className="text-ink-muted">{text(data as Json)}</span>;
  }
  const record = data as Record<string, Json>;
  const rest = Object.entries(record).filter(([key]) => !(isChange(record) && (key === "from" || key === "to")));
  return (
    <dl className="flex flex-col gap-0.5 text-xs break-words">
      {isChange(record) ? (
        <div>
          <dt className="sr-only">{t("change")}</dt>
          <dd><Change from={record.from} to={record.to} /></dd>
        </div>
      ) : null}
      {rest.map(([key, value]) => (
        <div key={key} className="flex flex-wrap gap-x-1">
          <dt className="text-ink-muted">{key}:</dt>
          <dd>{isChange(value) ? <Change from={value.from} to={value.to} /> : text(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
