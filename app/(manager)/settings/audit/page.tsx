import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { auditFiltersSchema, auditFiltersToSearch } from "@/lib/validation/audit-filters";
import { getAuditLog } from "@/server/audit-log/queries";
import { PageHeader } from "@/components/shell/page-header";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { ListEmpty } from "@/components/list/list-empty";
import { ListPager } from "@/components/list/list-pager";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { ListIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

// Managers only: getAuditLog answers anyone else with a 404 (and the layout before it).
// Read-only by design: the audit trail has no edit path anywhere in the app.
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const filters = auditFiltersSchema.parse(await searchParams);
  const [t, log] = await Promise.all([getTranslations("auditLog"), getAuditLog(filters)]);
  const filtered = Boolean(filters.action || filters.entityType || filters.actor || filters.from || filters.to);
  return (
    <div className="max-w-5xl">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <SettingsNav current="audit" />
      <AuditFiltersForm filters={filters} actors={log.actors} />
      {log.rows.length === 0 ? (
        <ListEmpty
          narrowed={
            filtered
              ? {
                  title: t("emptyFilteredTitle"),
                  description: t("emptyFilteredBody"),
                  clear: { href: "/settings/audit", label: t("filters.clear") },
                }
              : undefined
          }
          icon={<ListIcon />}
          title={t("emptyTitle")}
          description={t("emptyBody")}
        />
      ) : (
        <Card>
          <AuditList rows={log.rows} names={log.names} />
        </Card>
      )}
      <div className="mt-4">
        <ListPager
          label={filters.cursor ? t("olderPage") : t("newestPage")}
          status={filters.cursor ? t("olderPage") : t("newestPage")}
          back={
            filters.cursor ? { href: `/settings/audit${auditFiltersToSearch(filters)}`, label: t("newest") } : undefined
          }
          next={
            log.nextCursor
              ? {
                  href: `/settings/audit${auditFiltersToSearch(filters, { cursor: log.nextCursor })}`,
                  label: t("older"),
                }
              : undefined
          }
        />
      </div>
    </div>
  );
}
