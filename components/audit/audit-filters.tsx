import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditFilters } from "@/lib/validation/audit-filters";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

// A plain GET form: the filters end up in the URL (shareable, reloadable) and
// it works before any script has loaded.
export async function AuditFiltersForm({
  filters,
  actors,
}: {
  filters: AuditFilters;
  actors: { id: string; name: string }[];
}) {
  const t = await getTranslations("auditLog");
  const active = Boolean(filters.action || filters.entityType || filters.actor || filters.from || filters.to);
  return (
    <form
      method="get"
      action="/settings/audit"
      aria-label={t("filtersLabel")}
      className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <div className="col-span-2 flex flex-col gap-1.5 sm:col-span-1">
        <Label htmlFor="audit-action">{t("filters.action")}</Label>
        <Select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">{t("filters.any")}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`actions.${a}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-entity">{t("filters.entityType")}</Label>
        <Select id="audit-entity" name="entityType" defaultValue={filters.entityType ?? ""}>
          <option value="">{t("filters.any")}</option>
          {AUDIT_ENTITY_TYPES.map((e) => (
            <option key={e} value={e}>
              {t(`entities.${e}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-actor">{t("filters.actor")}</Label>
        <Select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
          <option value="">{t("filters.anyone")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-from">{t("filters.from")}</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-to">{t("filters.to")}</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="col-span-2 flex gap-2 sm:col-span-1">
        <Button type="submit" className="flex-1">
          {t("filters.apply")}
        </Button>
        {active ? (
          <Link href="/settings/audit" className={buttonClasses("ghost")}>
            {t("filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
