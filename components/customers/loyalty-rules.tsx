import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type Currency } from "@/lib/format-money";
import { LOYALTY_RULES } from "@/lib/loyalty";
import { ChevronDownIcon } from "@/components/ui/icons";

/** "How points work", written from LOYALTY_RULES so what staff read is what the code does. */
export async function LoyaltyRules({ currency }: { currency: Currency }) {
  const [t, format, locale] = await Promise.all([getTranslations("loyalty"), getFormatter(), getLocale()]);
  const rate = LOYALTY_RULES.pointsPerMajorUnit;
  const per = (r: number) => format.number(1 / r, { maximumFractionDigits: 2 });
  const tiers = Object.entries(LOYALTY_RULES.tierThresholds) as [keyof typeof LOYALTY_RULES.tierThresholds, number][];
  return (
    <details
      className="group rounded-md border border-line bg-gray-50 px-3 py-2 text-xs text-ink-muted"
      data-testid="loyalty-rules"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 font-medium text-ink [&::-webkit-details-marker]:hidden">
        {t("rulesTitle")}
        <ChevronDownIcon className="size-4 transition-transform group-open:rotate-180" aria-hidden />
      </summary>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-4">
        <li>{t("rulesEarn", { nok: per(rate.NOK), dkk: per(rate.DKK), eur: per(rate.EUR) })}</li>
        <li>{t("rulesWelcome", { points: LOYALTY_RULES.welcomeBonus })}</li>
        <li>{t("rulesReview", { points: LOYALTY_RULES.reviewBonus })}</li>
        <li>
          {t("rulesTiers", { days: LOYALTY_RULES.tierWindowDays })}
          <ul className="mt-0.5 list-[circle] pl-4">
            {tiers.map(([tier, points]) => (
              <li key={tier}>{t("rulesTier", { tier: t(`tiers.${tier}`), points })}</li>
            ))}
          </ul>
        </li>
        <li>
          {t("rulesRewards")}
          <ul className="mt-0.5 list-[circle] pl-4">
            {LOYALTY_RULES.rewards.map((r) => (
              <li key={r.points}>
                {t("reward", { value: formatMoney(r.value * 100, currency, locale as "en"), points: r.points })}
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </details>
  );
}
