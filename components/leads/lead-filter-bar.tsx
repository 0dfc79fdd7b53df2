"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/list/filter-bar";
import { Field, FilterSelect } from "@/components/list/filter-field";
import { FilterToggles } from "@/components/list/filter-toggles";
import { TextFilter } from "@/components/list/text-filter";
import { ArrowUpDownIcon } from "@/components/ui/icons";
import { LEAD_CHANNELS, LEAD_SORTS, OPEN_STAGES } from "@/lib/validation/lead-filter-options";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import { RepPicker } from "@/components/reps/rep-picker";
import { useLeadListState } from "./lead-list-state";

// The lead list's filters; the server parses them again with the same schema.

/**
 * `board`: the pipeline board, whose columns have their own order (no sort to pick). `repName`: the
 * name of the rep the URL picked (managers pick one rep of the group by typing, in the rep field).
 */
export function LeadFilterBar({
  repName,
  isManager,
  board,
}: {
  repName: string | null;
  isManager: boolean;
  board?: boolean;
}) {
  const t = useTranslations("leadList");
  const { filters, apply } = useLeadListState();
  // "One salesperson…" chosen, before a name is picked: the rep field shows, the list stays as it is.
  const [choosingRep, setChoosingRep] = useState(false);
  const repField = isManager && (!!filters.rep || choosingRep);
  const onOwner = (value: string) => {
    setChoosingRep(value === "rep");
    if (value !== "rep") apply({ rep: undefined, scope: value as LeadFilters["scope"] });
  };
  const narrowing =
    (filters.scope !== "team" || filters.rep ? 1 : 0) +
    filters.stage.length +
    Number(!!filters.readiness) +
    Number(!!filters.channel) +
    Number(filters.overdue);

  return (
    <FilterBar
      label={t("filters.label")}
      toggleLabel={narrowing ? t("filters.toggleCount", { count: narrowing }) : t("filters.toggle")}
      search={
        <TextFilter
          search
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.q}
          onApply={(q) => apply({ q })}
          className="min-w-52 flex-1"
        />
      }
    >
      <FilterSelect label={t("filters.owner")} value={repField ? "rep" : filters.scope} onChange={onOwner}>
        <option value="team">{isManager ? t("filters.ownerTeamManager") : t("filters.ownerTeamSales")}</option>
        {isManager ? null : <option value="mine">{t("filters.ownerMine")}</option>}
        <option value="unassigned">{t("filters.ownerUnassigned")}</option>
        {isManager ? <option value="rep">{t("filters.ownerRep")}</option> : null}
      </FilterSelect>
      {repField ? (
        <Field label={t("filters.rep")} className="min-w-56">
          {(id) => (
            <RepPicker
              id={id}
              testId="rep-filter"
              value={
                filters.rep
                  ? {
                      id: filters.rep,
                      name: repName ?? t("filters.reps"),
                    }
                  : null
              }
              autoFocus={choosingRep && !filters.rep}
              onPick={(rep) => {
                setChoosingRep(!rep);
                apply({ rep: rep?.id, scope: "team" });
              }}
            />
          )}
        </Field>
      ) : null}
      <FilterToggles
        label={t("filters.stage")}
        options={OPEN_STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
        selected={filters.stage}
        onChange={(stage) => apply({ stage })}
      />
      {filters.view === "active" ? (
        <FilterSelect
          label={t("filters.readiness")}
          value={filters.readiness ?? ""}
          onChange={(v) => apply({ readiness: (v || undefined) as LeadFilters["readiness"] })}
        >
          <option value="">{t("filters.readinessAny")}</option>
          <option value="HOT">{t("readiness.HOT")}</option>
          <option value="WARM">{t("readiness.WARM")}</option>
        </FilterSelect>
      ) : null}
      <FilterSelect
        label={t("filters.channel")}
        value={filters.channel ?? ""}
        onChange={(v) => apply({ channel: (v || undefined) as LeadFilters["channel"] })}
      >
        <option value="">{t("filters.channelAny")}</option>
        {LEAD_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`channels.${c}`)}
          </option>
        ))}
      </FilterSelect>
      {board ? null : (
        <>
          {/* A new sort starts the way it reads ("Highest score"); the button beside it reverses it. */}
          <div className="flex items-end gap-1">
            <FilterSelect
              label={t("filters.sort")}
              value={filters.sort}
              onChange={(v) => apply({ sort: v as LeadFilters["sort"], reverse: false })}
            >
              {LEAD_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <button
              type="button"
              aria-pressed={filters.reverse}
              aria-label={t("filters.reverse")}
              title={t("filters.reverse")}
              onClick={() => apply({ reverse: !filters.reverse })}
              className="inline-flex size-11 shrink-0 items-center justify-center rounded-md border border-line-control bg-surface text-ink-muted shadow-xs hover:bg-gray-50 hover:text-ink aria-pressed:bg-accent-50 aria-pressed:text-accent-700 sm:pointer-fine:size-9"
            >
              <ArrowUpDownIcon className="size-4" />
            </button>
          </div>
        </>
      )}
      <label className="flex h-9 items-center gap-2 text-sm text-ink">
        <input
          type="checkbox"
          checked={filters.overdue}
          onChange={(e) => apply({ overdue: e.target.checked })}
          className="size-4 accent-accent-600"
        />
        {t("filters.overdue")}
      </label>
    </FilterBar>
  );
}
