import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/server/audit-log/queries";
import { Badge } from "@/components/ui/badge";
import { isId } from "@/lib/validation/id";
import { AuditData } from "./audit-data";
import { DATE_AND_TIME } from "@/lib/date-time-format";

// A uuid is shortened to its first 8 characters (full on hover); a readable key (a setting's name) is kept.
const shortId = (id: string) => (isId(id) ? id.slice(0, 8) : id);

/** One entry per row: when and who on top, what happened to which record, then what changed. */
export async function AuditList({ rows }: { rows: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("auditLog"), getFormatter()]);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  return (
    <ol aria-label={t("listLabel")} className="divide-y divide-line">
      {rows.map((row) => (
        <li key={row.id} data-testid="audit-row" className="grid gap-x-4 gap-y-1 px-4 py-3 sm:grid-cols-[10rem_1fr]">
          <div className="text-xs text-ink-muted">
            <time dateTime={row.createdAt.toISOString()} className="tabular-nums">
              {format.dateTime(row.createdAt, DATE_AND_TIME)}
            </time>
            <p className="font-medium text-ink">{row.actorName ?? t("system")}</p>
          </div>
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone="neutral">{actionLabel(row.action)}</Badge>
              <span className="text-ink-muted">
                {entityLabel(row.entityType)}
                {row.entityId ? (
                  row.entityType === "Lead" || row.entityType === "Customer" ? (
                    <Link
                      href={`/${row.entityType === "Lead" ? "leads" : "customers"}/${row.entityId}`}
                      className="ml-1 font-mono text-xs text-accent-700 underline-offset-2 hover:underline"
                    >
                      {shortId(row.entityId)}
                    </Link>
                  ) : (
                    <span className="ml-1 font-mono text-xs" title={row.entityId}>
                      {shortId(row.entityId)}
                    </span>
                  )
                ) : null}
              </span>
            </p>
            <div className="mt-1">
              <AuditData data={row.data} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
