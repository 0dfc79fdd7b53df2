import type { getTranslations } from "next-intl/server";
import { periodChange } from "@/lib/kpi/previous-period";
import type { DashboardFormat } from "./format";

type T = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

/**
 * A card figure's "vs previous" line: "↑ 12 % vs previous 30 days" for a count, "↓ 3 points …" for a
 * share, "Previous 30 days: 0" where no change can be stated. Neutral, never coloured: more leads
 * breaching is no success, and the arrow and the words carry the direction.
 */
export function previousLine(
  t: T,
  fmt: DashboardFormat,
  days: number,
  current: number | null,
  previous: number | null,
  opts: { share?: boolean; show?: (n: number) => string } = {},
): string {
  const change = periodChange(current, previous, opts.share);
  if (change.kind === "none" || change.direction === "same") {
    if (change.kind !== "none") return t("previous.same", { days });
    const shown = previous === null ? "–" : opts.share ? fmt.pct(previous) : (opts.show ?? fmt.count)(previous);
    return t("previous.was", { days, value: shown });
  }
  const arrow = t(`previous.${change.direction}`);
  return change.kind === "points"
    ? t("previous.points", { arrow, points: fmt.count(change.points), days })
    : t("previous.relative", { arrow, percent: fmt.count(change.percent), days });
}
