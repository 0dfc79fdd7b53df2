import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Currency } from "@/lib/format-money";
import { formatMoney } from "@/lib/format-money";
import { LOYALTY_RULES } from "@/lib/loyalty";
import type { LoyaltyCard as LoyaltyCardData } from "@/server/loyalty/queries";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LoyaltyRules } from "./loyalty-rules";
import { TierBadge } from "./tier-badge";

type Props = { card: LoyaltyCardData; currency: Currency; basePath: string; paged: boolean; timeZone: string };

/** Tier, balance, the way to the next tier, what the points buy now, and the ledger a page at a time. */
export async function LoyaltyCard({ card, currency, basePath, paged, timeZone }: Props) {
  const [t, format, locale] = await Promise.all([getTranslations("loyalty"), getFormatter(), getLocale()]);
  const money = (major: number) => formatMoney(major * 100, currency, locale as "en");
  const first = LOYALTY_RULES.rewards[0];
  return (
    <Card id="loyalty" aria-labelledby="loyalty-title" data-testid="loyalty-card">
      <CardHeader>
        <CardTitle id="loyalty-title">{t("title")}</CardTitle>
        <TierBadge tier={card.tier} />
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <div>
          <p className="text-xs font-medium text-ink-muted">{t("balance")}</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="loyalty-balance">
            {t("pointsShort", { points: card.balance })}
          </p>
          <p className="text-xs text-ink-muted">
            {t("earnedInWindow", { points: card.earnedInWindow, days: LOYALTY_RULES.tierWindowDays })}
          </p>
        </div>
        {card.next ? (
          <div className="flex flex-col gap-1.5">
            <div
              className="h-2 overflow-hidden rounded-full bg-gray-200"
              role="progressbar"
              aria-label={t("progressLabel", { tier: t(`tiers.${card.next.tier}`) })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(card.next.ratio * 100)}
            >
              <div className="h-full rounded-full bg-accent-600" style={{ width: `${card.next.ratio * 100}%` }} />
            </div>
            <p className="text-xs text-ink-muted tabular-nums">
              {t("progress", { missing: card.next.missing, tier: t(`tiers.${card.next.tier}`) })}
            </p>
          </div>
        ) : (
          <p className="text-xs font-medium text-ink-muted">{t("topTier")}</p>
        )}
        <div>
          <h3 className="text-xs font-medium text-ink-muted">{t("rewards")}</h3>
          {card.rewards.length ? (
            <ul className="mt-1 flex flex-col gap-0.5" data-testid="loyalty-rewards">
              {card.rewards.map((r) => (
                <li key={r.points}>{t("reward", { value: money(r.value), points: r.points })}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-ink-muted">{t("noRewards", { points: first.points })}</p>
          )}
        </div>
        <div>
          <h3 className="text-xs font-medium text-ink-muted">{t("history")}</h3>
          {card.history.rows.length === 0 ? (
            <p className="mt-1 text-ink-muted">{t("noHistory")}</p>
          ) : (
            <ol className="mt-1 divide-y divide-line" data-testid="points-history">
              {card.history.rows.map((row) => (
                <li key={row.id} className="flex items-baseline justify-between gap-3 py-1.5">
                  <span className="min-w-0">
                    <span className="block truncate" title={row.reason}>
                      {row.reason}
                    </span>
                    <time dateTime={row.occurredAt.toISOString()} className="text-xs text-ink-muted">
                      {format.dateTime(row.occurredAt, { timeZone, day: "numeric", month: "short", year: "numeric" })}
                    </time>
                  </span>
                  <span
                    className={
                      row.points < 0 ? "shrink-0 tabular-nums text-ink-muted" : "shrink-0 font-medium tabular-nums"
                    }
                  >
                    {row.points > 0 ? "+" : "−"}
                    {format.number(Math.abs(row.points))}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {card.history.nextCursor || paged ? (
            <nav aria-label={t("history")} className="mt-2 flex gap-2">
              {card.history.nextCursor ? (
                <Link
                  href={`${basePath}?points=${encodeURIComponent(card.history.nextCursor)}#loyalty`}
                  scroll={false}
                  className={buttonClasses("secondary", "sm")}
                  rel="next"
                >
                  {t("older")}
                </Link>
              ) : null}
              {paged ? (
                <Link href={`${basePath}#loyalty`} scroll={false} className={buttonClasses("ghost", "sm")}>
                  {t("newest")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
        <LoyaltyRules currency={currency} />
      </CardContent>
    </Card>
  );
}
