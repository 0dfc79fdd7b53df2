import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format-money";
import type { CustomerOrder } from "@/server/customers/record-orders";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PackageIcon } from "@/components/ui/icons";

const MILESTONE_TONE: Partial<Record<CustomerOrder["milestone"], BadgeTone>> = { DELIVERED: "won", CANCELLED: "lost" };

/** Orders newest first, each with where it is now; the order page has the full story. */
export async function CustomerOrders({
  customerId,
  orders,
  timeZone,
}: {
  customerId: string;
  orders: { rows: CustomerOrder[]; total: number };
  timeZone: string;
}) {
  const [t, to, format, locale] = await Promise.all([
    getTranslations("customer.orders"),
    getTranslations("orders"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (d: Date) => format.dateTime(d, { timeZone, day: "numeric", month: "short", year: "numeric" });
  return (
    <Card aria-labelledby="orders-title" data-testid="customer-orders">
      <CardHeader>
        <CardTitle id="orders-title">{t("title")}</CardTitle>
        {orders.total > orders.rows.length ? (
          <span className="text-xs text-ink-muted">
            {t("shown", { shown: orders.rows.length, total: orders.total })}
          </span>
        ) : null}
      </CardHeader>
      {orders.rows.length === 0 ? (
        <CardContent>
          <p className="flex items-center gap-2 text-sm text-ink-muted">
            <PackageIcon className="size-4 shrink-0" aria-hidden />
            {t("empty")}
          </p>
        </CardContent>
      ) : (
        <ul className="divide-y divide-line">
          {orders.rows.map((order) => (
            <li key={order.id} className="flex flex-col gap-1 px-4 py-3 text-sm">
              <div className="flex items-baseline justify-between gap-3">
                <Link
                  href={`/customers/${customerId}/orders/${order.id}`}
                  className="min-w-0 truncate font-medium text-accent-700 hover:underline"
                  title={order.product}
                >
                  {order.product}
                </Link>
                <span className="shrink-0 font-medium tabular-nums">
                  {formatMoney(order.totalMinor, order.currency, locale as "en")}
                </span>
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
                <Badge tone={MILESTONE_TONE[order.milestone] ?? "accent"} data-testid="order-milestone">
                  {to(`milestones.${order.milestone}`)}
                </Badge>
                <span>{to("orderNumber", { number: order.number })}</span>
                <span>{t("placed", { date: day(order.placedAt) })}</span>
                {order.deliveredAt ? (
                  <span>{t("delivered", { date: day(order.deliveredAt) })}</span>
                ) : order.expectedDeliveryAt && order.milestone !== "CANCELLED" ? (
                  <span>{t("expected", { date: day(order.expectedDeliveryAt) })}</span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
