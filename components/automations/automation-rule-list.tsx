import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ParsedRule } from "@/lib/validation/automation";
import type { RuleRow } from "@/server/automations/queries";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { AutomationToggle } from "./automation-toggle";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** The rules, each with what starts it in words, its switch and a link to edit it; a list, so it fits a phone. */
export async function AutomationRuleList({ rules }: { rules: RuleRow[] }) {
  const [t, tKinds, tMilestones] = await Promise.all([
    getTranslations("settings.automations"),
    getTranslations("journey.kinds"),
    getTranslations("orders.milestones"),
  ]);
  if (rules.length === 0) return <p className="text-sm text-ink-muted">{t("empty")}</p>;
  const describe = (rule: ParsedRule) => triggerText(rule, t, tKinds, tMilestones);
  return (
    <ul className="divide-y divide-line" aria-label={t("rulesTitle")}>
      {rules.map((rule) => (
        <li
          key={rule.id}
          className="flex flex-wrap items-start justify-between gap-3 py-3"
          data-testid="automation-rule"
        >
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-ink">{rule.name}</span>
              {rule.shipped ? <Badge>{t("shipped")}</Badge> : null}
            </div>
            <p className="mt-1 text-sm text-ink-muted">
              {rule.parsed ? describe(rule.parsed) : <span className="text-danger-fg">{t("broken")}</span>}
            </p>
          </div>
          <div className="flex items-start gap-3">
            <AutomationToggle id={rule.id} name={rule.name} enabled={rule.enabled} />
            <Link
              href={`/settings/automations/${rule.id}`}
              className={buttonClasses("secondary", "sm")}
              aria-label={`${t("edit")}: ${rule.name}`}
            >
              {t("edit")}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

function triggerText(rule: ParsedRule, t: Translate, tKinds: Translate, tMilestones: Translate): string {
  const spec = rule.trigger;
  const what =
    spec.trigger === "SIGNAL"
      ? tKinds(spec.params.kind)
      : spec.trigger === "ORDER_MILESTONE"
        ? tMilestones(spec.params.milestone)
        : spec.trigger === "SCORE_RISE"
          ? t("summary.minRise", { points: spec.params.minRise })
          : t("summary.days", { days: spec.params.days });
  return [
    `${t(`triggers.${spec.trigger}`)}: ${what}`,
    t("summary.delay", { minutes: spec.params.delayMinutes }),
    t("summary.actions", { count: rule.actions.length }),
  ].join(" · ");
}
