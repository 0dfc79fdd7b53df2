import { getTranslations } from "next-intl/server";
import { auditLines } from "@/lib/audit-diff";

// An audit row's `data` as a person reads it (lib/audit-diff.ts): "from → to"
// per changed field, then the other fields as "name: value". Values are text
// (React escapes them); long ones are shortened.

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const s = typeof value === "object" ? JSON.stringify(value) : String(value);
  return s.length > 160 ? `${s.slice(0, 159)}…` : s;
}

export async function AuditData({ data }: { data: unknown }) {
  const t = await getTranslations("auditLog");
  const lines = auditLines(data);
  if (lines.length === 0) return null;
  return (
    <dl className="flex flex-col gap-0.5 text-xs break-words">
      {lines.map((line, i) => (
        <div key={`${line.path}-${i}`} className="flex flex-wrap gap-x-1">
          <dt className={line.path ? "text-ink-muted" : "sr-only"}>{line.path ? `${line.path}:` : t("change")}</dt>
          <dd>
            {line.kind === "change" ? (
              <>
                <del className="text-ink-muted decoration-ink-subtle">{text(line.from)}</del>
                <span aria-hidden="true"> → </span>
                <ins className="font-medium text-ink no-underline">{text(line.to)}</ins>
              </>
            ) : (
              text(line.value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
