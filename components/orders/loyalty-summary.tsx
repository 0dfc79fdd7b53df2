import { getFormatter, getTranslations } from "next-intl/server";
import type { MyOrderPage } from "@/server/orders/order-page";
import { StarIcon } from "@/components/ui/icons";

/** The customer's tier and what this order adds, from the rules in lib/loyalty.ts. */
export async function LoyaltySummary({ loyalty, milestone }: Pick<MyOrderPage, "loyalty" | "milestone">) {
  const [t, format] = await Promise.all([getTranslations("orderStatus"), getFormatter()]);
  const points = (n: number) => format.number(n);
  return (
    <div className="flex items-start gap-3" data-testid="loyalty">
      <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-md bg-due-bg text-due-fg">
        <StarIcon className="size-5" />
      </span>
      <div className="min-w-0 text-sm">
        <p className="font-semibold">{t("tierLine", { tier: t(`tier.${loyalty.tier}`) })}</p>
        {milestone !== "CANCELLED" ? (
          <p className="text-ink">
            {t(milestone === "DELIVERED" ? "pointsEarned" : "pointsWillEarn", { points: points(loyalty.orderPoints) })}
          </p>
        ) : null}
        <p className="text-ink-muted">{t("balance", { points: points(loyalty.balance) })}</p>
      </div>
    </div>
  );
}
