import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/server/audit-log/queries";
import type { AuditNames } from "@/server/audit-log/names";
import { Badge } from "@/components/ui/badge";
import { ENTITY_REF } from "@/lib/audit-format";
import { isId } from "@/lib/validation/id";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { AuditData } from "./audit-data";
import { auditWords } from "./audit-words";

const LINKED: Record<string, string> = { Lead: "leads", Customer: "customers" };

/** One entry per row: when and who on top, what happened to which record (by name), then what changed. */
export async function AuditList({ rows, names }: { rows: AuditRow[]; names: AuditNames }) {
  const [t, format, words] = await Promise.all([getTranslations("auditLog"), getFormatter(), auditWords(names)]);
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const entityLabel = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  // The record by its name now (an erased customer's reads as erased), a setting by its page's name;
  // exports, imports, jobs and bulk changes have no name worth showing, only their details below.
  const entityName = (row: AuditRow) => {
    const ref = ENTITY_REF[row.entityType];
    if (ref && row.entityId && isId(row.entityId)) return words.name(ref, row.entityId);
    if (row.entityType === "AppSetting" && row.entityId) return words.code("settingKey", row.entityId);
    return null;
  };
  return (
    <ol aria-label={t("listLabel")} className="divide-y divide-line">
      {rows.map((row) => {
        const name = entityName(row);
        const href = row.entityId && LINKED[row.entityType] ? `/${LINKED[row.entityType]}/${row.entityId}` : null;
        return (
          <li key={row.id} data-testid="audit-row" className="grid gap-x-4 gap-y-1 px-4 py-3 sm:grid-cols-[10rem_1fr]">
            <div className="text-xs text-ink-muted">
              <time dateTime={row.createdAt.toISOString()} className="tabular-nums">
                {format.dateTime(row.createdAt, DATE_AND_TIME)}
              </time>
              <p className="font-medium text-ink">{row.actorName ?? t("system")}</p>
            </div>
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <Badge tone="neutral">{actionLabel(row.action)}</Badge>
                <span className="text-ink-muted">{entityLabel(row.entityType)}</span>
                {name ? (
                  href ? (
                    <Link href={href} className="font-medium text-accent-700 underline-offset-2 hover:underline">
                      {name}
                    </Link>
                  ) : (
                    <span className="font-medium text-ink">{name}</span>
                  )
                ) : null}
              </p>
              <div className="mt-1">
                <AuditData action={row.action} data={row.data} words={words} />
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
