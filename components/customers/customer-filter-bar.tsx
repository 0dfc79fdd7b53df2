"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/list/filter-bar";
import { Field, FilterSelect } from "@/components/list/filter-field";
import { FilterToggles } from "@/components/list/filter-toggles";
import { TextFilter } from "@/components/list/text-filter";
import {
  ACTIVITY_WINDOWS,
  CUSTOMER_SORTS,
  JOURNEY_STAGES,
  LOYALTY_TIERS,
} from "@/lib/validation/customer-filter-options";
import { countNarrowingFilters } from "@/lib/validation/customer-filters-url";
import type { CustomerFilters } from "@/lib/validation/customer-filters";
import { RepPicker } from "@/components/reps/rep-picker";
import { useCustomerListState } from "./customer-list-state";

// The customer list's filters. They can also be saved as segments; the server parses them again
// with the same schema.

/** `repName`: the name of the rep the owner filter picked; managers pick one rep of the group by typing. */
export function CustomerFilterBar({ repName, isManager }: { repName: string | null; isManager: boolean }) {
  const t = useTranslations("customerList");
  const { filters, apply } = useCustomerListState();
  const optional = <K extends keyof CustomerFilters>(v: string) => (v || undefined) as CustomerFilters[K];
  const pickedRep = filters.owner && filters.owner !== "mine" && filters.owner !== "unassigned" ? filters.owner : null;
  // "One salesperson…" chosen, before a name is picked: the rep field shows, the list stays as it is.
  const [choosingRep, setChoosingRep] = useState(false);
  const repField = isManager && (!!pickedRep || choosingRep);
  const narrowing = countNarrowingFilters(filters) - (filters.q ? 1 : 0);

  return (
    <FilterBar
      label={t("filters.label")}
      toggleLabel={narrowing ? t("filters.toggleCount", { count: narrowing }) : t("filters.toggle")}
      panelClassName="grid grid-cols-2"
      search={
        <TextFilter
          search
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.q}
          onApply={(q) => apply({ q })}
          className="min-w-56 flex-1"
        />
      }
    >
      <FilterToggles
        fill
        label={t("filters.tier")}
        options={LOYALTY_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
        selected={filters.tier}
        onChange={(tier) => apply({ tier })}
        className="col-span-2"
      />
      <FilterSelect
        label={t("filters.stage")}
        value={filters.stage.length === 1 ? filters.stage[0] : ""}
        onChange={(v) => apply({ stage: v ? [v as (typeof JOURNEY_STAGES)[number]] : [] })}
      >
        <option value="">
          {filters.stage.length > 1
            ? t("filters.stageSeveral", { count: filters.stage.length })
            : t("filters.stageAny")}
        </option>
        {JOURNEY_STAGES.map((s) => (
          <option key={s} value={s}>
            {t(`stages.${s}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t("filters.owner")}
        value={repField ? "rep" : (filters.owner ?? "")}
        onChange={(v) => {
          setChoosingRep(v === "rep");
          if (v !== "rep") apply({ owner: optional<"owner">(v) });
        }}
      >
        <option value="">{isManager ? t("filters.ownerAll") : t("filters.ownerTeam")}</option>
        <option value="mine">{t("filters.ownerMine")}</option>
        <option value="unassigned">{t("filters.ownerUnassigned")}</option>
        {isManager ? <option value="rep">{t("filters.ownerRep")}</option> : null}
      </FilterSelect>
      {repField ? (
        <Field label={t("filters.rep")}>
          {(id) => (
            <RepPicker
              id={id}
              testId="rep-filter"
              value={pickedRep ? { id: pickedRep, name: repName ?? t("filters.reps") } : null}
              autoFocus={choosingRep && !pickedRep}
              onPick={(rep) => {
                setChoosingRep(!rep);
                apply({ owner: rep?.id });
              }}
            />
          )}
        </Field>
      ) : null}
      <FilterSelect
        label={t("filters.lead")}
        value={filters.lead ?? ""}
        onChange={(v) => apply({ lead: optional<"lead">(v) })}
      >
        <option value="">{t("filters.any")}</option>
        <option value="yes">{t("filters.leadYes")}</option>
        <option value="no">{t("filters.leadNo")}</option>
      </FilterSelect>
      <FilterSelect
        label={t("filters.marketing")}
        value={filters.marketing ?? ""}
        onChange={(v) => apply({ marketing: optional<"marketing">(v) })}
      >
        <option value="">{t("filters.any")}</option>
        <option value="yes">{t("filters.marketingYes")}</option>
        <option value="no">{t("filters.marketingNo")}</option>
      </FilterSelect>
      <FilterSelect
        label={t("filters.activity")}
        value={filters.activity ?? ""}
        onChange={(v) => apply({ activity: optional<"activity">(v) })}
      >
        <option value="">{t("filters.anyTime")}</option>
        {ACTIVITY_WINDOWS.map((w) => (
          <option key={w} value={w}>
            {t(`activity.${w}`)}
          </option>
        ))}
      </FilterSelect>
      <TextFilter
        label={t("filters.city")}
        value={filters.city}
        onApply={(city) => apply({ city })}
        autoComplete="address-level2"
        className="md:w-36"
      />
      <FilterSelect
        label={t("filters.sort")}
        value={filters.sort}
        onChange={(v) => apply({ sort: v as CustomerFilters["sort"] })}
      >
        {CUSTOMER_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`sorts.${s}`)}
          </option>
        ))}
      </FilterSelect>
    </FilterBar>
  );
}
