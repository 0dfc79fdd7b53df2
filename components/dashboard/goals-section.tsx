import { getTranslations } from "next-intl/server";
import { goalPercent, goalStatus, type GoalFigure } from "@/lib/goals";
import { monthStarts } from "@/lib/kpi/date-range";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { getGoalProgress, type GoalProgressRow } from "@/server/goals/queries";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { StarIcon } from "@/components/ui/icons";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { sectionContext, type SectionProps } from "./section-context";

// Goals against actuals for the months the dashboard's range touches (the last twelve at most):
// each figure as "actual of target", its share, and "reached" or "behind" in words.

export async function GoalsSection({ session, filters, now }: SectionProps) {
  const [{ db, fmt }, t] = await Promise.all([sectionContext(), getTranslations("goals.card")]);
  const months = monthStarts(filters.from, filters.to, REPORTING_TIME_ZONE)
    .map((m) => m.month)
    .slice(-12);
  const rows = await getGoalProgress(
    db,
    session,
    { months, teamId: filters.teamId, repId: filters.repId, conversionWindowDays: filters.conversionWindowDays },
    now,
  );
  const manager = session.role === "MANAGER";
  const fields = await getTranslations("goals.fields");
  const cell = (f: GoalFigure, show: (n: number) => string, testId: string) => {
    const status = goalStatus(f);
    if (status === "none")
      return (
        <Td numeric className="text-ink-subtle">
          {t("noTarget")}
        </Td>
      );
    return (
      <Td numeric className="h-auto py-1.5" data-testid={testId}>
        <span className="block">{t("of", { actual: show(f.actual), target: show(f.target!) })}</span>
        <span className="mt-0.5 inline-flex items-center gap-1.5 text-xs">
          <span className="tabular-nums">{t("percent", { percent: fmt.count(goalPercent(f) ?? 0) })}</span>
          <Badge tone={status === "reached" ? "won" : "neutral"}>{t(status)}</Badge>
        </span>
      </Td>
    );
  };
  const name = (r: GoalProgressRow) => (r.kind === "team" ? `${r.name} (${t("team")})` : r.name);
  return (
    <>
      {rows.length === 0 ? (
        <EmptyState
          icon={<StarIcon />}
          titleAs="h3"
          title={manager ? t("emptyManager") : t("empty")}
          className="py-6"
        />
      ) : (
        <Table caption={t("title")}>
          <THead>
            <tr>
              <Th>{t("who")}</Th>
              <Th>{t("month")}</Th>
              <Th numeric>{fields("answeredWithinSla")}</Th>
              <Th numeric>{fields("wonDeals")}</Th>
              <Th numeric>{t("wonValue")}</Th>
            </tr>
          </THead>
          <TBody data-testid="goal-rows">
            {rows.map((r) => (
              <Tr key={`${r.month}-${r.kind}-${r.id}`}>
                <Td truncate>{name(r)}</Td>
                <Td>{fmt.month(r.month)}</Td>
                {cell(r.answeredWithinSla, fmt.count, "goal-sla")}
                {cell(r.wonDeals, fmt.count, "goal-won")}
                {cell(r.wonValue, (n) => fmt.money({ currency: r.currency, minor: n * 100 }), "goal-value")}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
