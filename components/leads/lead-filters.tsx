"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ChevronDownIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";
import { LEAD_CHANNELS, LEAD_SORTS, OPEN_STAGES } from "@/lib/validation/lead-filters-url";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import type { SalesRep } from "@/server/leads/list-queries";
import { Field } from "@/components/ui/filter-field";
import { SearchBox } from "./lead-filters-search";
import { useLeadListNav } from "./lead-filters-transition";

// The filter bar. Every control writes the URL (via useLeadListNav), so filters survive reloads and
// can be shared as links; the server parses them again with the same schema.

function ownerValue(f: LeadFilters) {
  return f.rep ? `rep:${f.rep}` : f.scope;
}

export function LeadFilterBar({ reps, isManager }: { reps: SalesRep[]; isManager: boolean }) {
  const t = useTranslations("leadList");
  const { filters, apply } = useLeadListNav();
  const toggleStage = (stage: (typeof OPEN_STAGES)[number]) =>
    apply({ stage: filters.stage.includes(stage) ? filters.stage.filter((s) => s !== stage) : [...filters.stage, stage] });
  const onOwner = (value: string) =>
    value.startsWith("rep:") ? apply({ rep: value.slice(4), scope: "team" }) : apply({ rep: undefined, scope: value as LeadFilters["scope"] });

  // On a phone the controls fold away behind one button, so the first screen shows leads, not selects.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const narrowing = (filters.scope !== "team" || filters.rep ? 1 : 0) + filters.stage.length + Number(!!filters.readiness) + Number(!!filters.channel) + Number(filters.overdue);

  return (
    <section aria-label={t("filters.label")} className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end">
      <div className="flex items-end gap-2 md:contents">
        <SearchBox />
        <Button variant="secondary" className="md:hidden" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {narrowing ? t("filters.toggleCount", { count: narrowing }) : t("filters.toggle")}
          <ChevronDownIcon className={cn("size-4 transition-transform", open && "rotate-180")} />
        </Button>
      </div>
      <div id={panelId} className={cn(open ? "flex" : "hidden", "flex-wrap items-end gap-3 md:contents")}>
        <Field label={t("filters.owner")}>
          {(id) => (
            <Select id={id} value={ownerValue(filters)} onChange={(e) => onOwner(e.target.value)}>
              <option value="team">{isManager ? t("filters.ownerTeamManager") : t("filters.ownerTeamSales")}</option>
              {isManager ? null : <option value="mine">{t("filters.ownerMine")}</option>}
              <option value="unassigned">{t("filters.ownerUnassigned")}</option>
              {reps.length ? (
                <optgroup label={t("filters.reps")}>
                  {reps.map((rep) => <option key={rep.id} value={`rep:${rep.id}`}>{rep.name}</option>)}
                </optgroup>
              ) : null}
            </Select>
          )}
        </Field>
        <div role="group" aria-label={t("filters.stage")} className="flex flex-col gap-1">
          <span aria-hidden className="text-xs font-medium text-ink-muted">{t("filters.stage")}</span>
          <div className="flex h-9 overflow-hidden rounded-md border border-line-control bg-surface shadow-xs">
            {OPEN_STAGES.map((stage) => (
              <button
                key={stage}
                type="button"
                aria-pressed={filters.stage.includes(stage)}
                onClick={() => toggleStage(stage)}
                className="border-l border-line px-2.5 text-sm text-ink-muted first:border-l-0 hover:bg-gray-50 hover:text-ink focus-visible:outline-offset-[-2px] aria-pressed:bg-accent-50 aria-pressed:font-medium aria-pressed:text-accent-700"
              >
                {t(`stages.${stage}`)}
              </button>
            ))}
          </div>
        </div>
        {filters.view === "active" ? (
          <Field label={t("filters.readiness")}>
            {(id) => (
              <Select id={id} value={filters.readiness ?? ""} onChange={(e) => apply({ readiness: (e.target.value || undefined) as LeadFilters["readiness"] })}>
                <option value="">{t("filters.readinessAny")}</option>
                <option value="HOT">{t("readiness.HOT")}</option>
                <option value="WARM">{t("readiness.WARM")}</option>
              </Select>
            )}
          </Field>
        ) : null}
        <Field label={t("filters.channel")}>
          {(id) => (
            <Select id={id} value={filters.channel ?? ""} onChange={(e) => apply({ channel: (e.target.value || undefined) as LeadFilters["channel"] })}>
              <option value="">{t("filters.channelAny")}</option>
              {LEAD_CHANNELS.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
            </Select>
          )}
        </Field>
        <Field label={t("filters.sort")}>
          {(id) => (
            <Select id={id} value={filters.sort} onChange={(e) => apply({ sort: e.target.value as LeadFilters["sort"] })}>
              {LEAD_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
            </Select>
          )}
        </Field>
        <label className="flex h-9 items-center gap-2 text-sm text-ink">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => apply({ overdue: e.target.checked })} className="size-4 accent-accent-600" />
          {t("filters.overdue")}
        </label>
      </div>
    </section>
  );
}
