import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { findMyOrders } from "@/server/orders/queries";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ChevronRightIcon, PackageIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

const milestoneTone: Record<string, BadgeTone> = { DELIVERED: "won", CANCELLED: "lost" };

export default async function MyOrdersPage() {
  const [t, format, orders] = await Promise.all([getTranslations("orders"), getFormatter(), findMyOrders()]);
  const date = (value: Date) => format.dateTime(value, { day: "numeric", month: "long", year: "numeric" });
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      {orders.length === 0 ? (
        <EmptyState icon={<PackageIcon />} title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <ul className="flex flex-col gap-3">
          {orders.map((order) => (
            <li
              key={order.id}
              className="relative flex items-center gap-3 rounded-lg border border-line bg-surface p-4 focus-within:ring-2 focus-within:ring-accent-500 hover:border-line-strong"
            >
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    {/* The whole card is the link's target (the ::after covers it); the name is what a reader
                        hears. */}
                    <Link
                      href={`/orders/${order.id}`}
                      className="font-medium outline-none after:absolute after:inset-0 after:content-['']"
                    >
                      {order.product}
                    </Link>
                    <p className="text-sm text-ink-muted">
                      <span data-testid="order-number">{order.number}</span> ·{" "}
                      {t("placedOn", { date: date(order.placedAt) })}
                    </p>
                  </div>
                  <Badge tone={milestoneTone[order.milestone] ?? "accent"}>
                    {t(`milestones.${order.milestone as "PLACED"}`)}
                  </Badge>
                </div>
                {order.milestone !== "DELIVERED" && order.milestone !== "CANCELLED" ? (
                  <p className="mt-3 text-sm">
                    <span className="text-ink-muted">{t("expectedDelivery")}: </span>
                    <span className="font-medium tabular-nums">
                      {order.expectedDeliveryAt ? date(order.expectedDeliveryAt) : t("noDate")}
                    </span>
                  </p>
                ) : null}
              </div>
              <ChevronRightIcon aria-hidden className="size-4 shrink-0 text-ink-subtle" />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
