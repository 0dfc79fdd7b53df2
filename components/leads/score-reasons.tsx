import { getLocale, getTranslations } from "next-intl/server";
import { formatWaiting, type DurationLocale } from "@/lib/format-duration";
import { RULE_LABELS_EN, type LeadScore } from "@/lib/scoring";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<LeadScore["readiness"], BadgeTone> = { HOT: "hot", WARM: "warm", SLOW: "slow" };
/** The strongest reasons explain the number; the long tail of page views does not. */
const SHOWN = 5;

/** The score, its readiness, and the customer actions behind it ("+30 asked about delivery time, 2 h ago"). */
export async function ScoreReasons({ score, now }: { score: LeadScore; now: Date }) {
  const [t, locale] = await Promise.all([getTranslations("lead"), getLocale()]);
  const ago = (at: Date) => {
    const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
    return minutes < 1
      ? t("score.justNow")
      : t("score.ago", { duration: formatWaiting(minutes, locale as DurationLocale) });
  };
  // A rule added to lib/scoring before its translation still reads, in English.
  const label = (rule: string) => {
    const key = `scoreRules.${rule}` as "scoreRules.topic.price";
    return t.has(key) ? t(key) : (RULE_LABELS_EN[rule] ?? rule);
  };
  return (
    <section aria-labelledby="score-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="score-title" className="text-sm font-medium text-ink-muted">
          {t("score.label")}
        </h2>
        <span className="text-lg font-semibold tabular-nums" data-testid="lead-score">
          {t("score.outOf", { score: score.score })}
        </span>
        <Badge tone={TONE[score.readiness]}>{t(`readiness.${score.readiness}`)}</Badge>
      </div>
      {score.reasons.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("score.noReasons")}</p>
      ) : (
        <div>
          <h3 className="sr-only">{t("score.reasonsTitle")}</h3>
          <ul className="flex flex-col gap-1 text-sm" data-testid="score-reasons">
            {score.reasons.slice(0, SHOWN).map((reason) => (
              <li key={reason.rule} className="flex items-baseline gap-2">
                <span className="w-9 shrink-0 text-right font-medium tabular-nums text-ink">+{reason.points}</span>
                <span className="text-ink-muted">
                  {t("score.reason", { label: label(reason.rule), ago: ago(reason.occurredAt) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
