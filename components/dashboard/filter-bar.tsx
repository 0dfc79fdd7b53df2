import { KPI_DEFAULTS } from "@/lib/kpi/definitions";
import {
  CHANNELS,
  CONVERSION_WINDOW_OPTIONS,
  DASHBOARD_FILTERS_COOKIE,
  DEFAULT_RANGE,
  RANGE_PRESETS,
  STALE_OPTIONS,
} from "@/lib/kpi/filters";
import { FilterBarForm, type FilterBarOptions, type FilterBarValues } from "./filter-bar-form";

export type { FilterBarValues } from "./filter-bar-form";

// lib/kpi/filters builds the dashboard's zod schema next to these choices;
// read here on the server, only the plain values reach the browser.
const choices = {
  ranges: RANGE_PRESETS,
  cookie: DASHBOARD_FILTERS_COOKIE,
  defaultRange: DEFAULT_RANGE,
  windows: CONVERSION_WINDOW_OPTIONS,
  staleOptions: STALE_OPTIONS,
  channels: CHANNELS,
  defaults: { conversionWindowDays: KPI_DEFAULTS.conversionWindowDays, staleAfterDays: KPI_DEFAULTS.staleAfterDays },
};

/** The dashboard's controls (see FilterBarForm). */
export function FilterBar(props: { values: FilterBarValues; options: FilterBarOptions; manager: boolean }) {
  return <FilterBarForm {...props} choices={choices} />;
}
