import { getFormatter, getTranslations } from "next-intl/server";
import type { MyOrderPage } from "@/server/orders/order-page";
import { CalendarIcon } from "@/components/ui/icons";

const DAY = { day: "numeric", month: "long", year: "numeric" } as const;

/** The date the customer plans around, and every time it moved and why. */
export async function DeliveryDate({
  order,
}: {
  order: Pick<MyOrderPage, "milestone" | "expectedDeliveryAt" | "promisedDeliveryAt" | "deliveredAt" | "dateMoves">;
}) {
  const [t, tm, format] = await Promise.all([
    getTranslations("orderStatus"),
    getTranslations("orders.milestones"),
    getFormatter(),
  ]);
  const day = (d: Date | null) => (d ? format.dateTime(d, DAY) : t("noDate"));
  if (order.milestone === "CANCELLED") return null;
  const delivered = order.milestone === "DELIVERED";
  const moved =
    order.promisedDeliveryAt &&
    order.expectedDeliveryAt &&
    order.promisedDeliveryAt.getTime() !== order.expectedDeliveryAt.getTime();
  return (
    <div>
      <div className="flex items-start gap-3">
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-md bg-accent-50 text-accent-700"
        >
          <CalendarIcon className="size-5" />
        </span>
        <div className="min-w-0">
          <p className="text-sm text-ink-muted">{delivered ? tm("DELIVERED") : t("expectedDelivery")}</p>
          <p className="text-lg font-semibold tabular-nums" data-testid="expected-delivery">
            {delivered ? day(order.deliveredAt) : day(order.expectedDeliveryAt)}
          </p>
          {!delivered && moved ? (
            <p className="text-xs text-ink-muted">{t("promised", { date: day(order.promisedDeliveryAt) })}</p>
          ) : null}
        </div>
      </div>
      {order.dateMoves.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-medium">{t("dateHistory")}</h3>
          <ul className="mt-2 flex flex-col gap-2" data-testid="date-history">
            {order.dateMoves.map((move) => (
              <li key={move.at.toISOString()} className="rounded-md border border-line bg-canvas px-3 py-2 text-sm">
                <p className="font-medium">{t("dateMoved", { from: day(move.from), to: day(move.to) })}</p>
                {move.reason ? <p className="text-ink-muted">{move.reason}</p> : null}
                <p className="text-xs text-ink-subtle">{t("dateMovedOn", { date: format.dateTime(move.at, DAY) })}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
