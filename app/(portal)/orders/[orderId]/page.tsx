import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format-money";
import { isLocale } from "@/i18n/locales";
import { AskQuestionForm } from "@/components/orders/ask-question-form";
import { DeliveryDate } from "@/components/orders/delivery-date";
import { LoyaltySummary } from "@/components/orders/loyalty-summary";
import { MilestoneTimeline } from "@/components/orders/milestone-timeline";
import { QuestionThread } from "@/components/orders/question-thread";
import { WaitingContent } from "@/components/orders/waiting-content";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ChevronRightIcon, PackageIcon, StoreIcon, TruckIcon } from "@/components/ui/icons";
import { loadMyOrder } from "./load-order";

type Props = { params: Promise<{ orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orderId } = await params;
  const [order, t] = await Promise.all([loadMyOrder(orderId), getTranslations("orderStatus")]);
  return { title: order ? `${order.product} · ${t("metaTitle", { number: order.number })}` : t("notFoundTitle") };
}

const FULFILMENT_ICON = { HOME_DELIVERY: TruckIcon, SHIP_TO_STORE: StoreIcon, PICKUP: PackageIcon } as const;

// The waiting room: where the order is, when it comes, what to do meanwhile, and
// a way to ask. Phone first: one column, the answer to "when?" at the top.
export default async function MyOrderPage({ params }: Props) {
  const { orderId } = await params;
  const order = await loadMyOrder(orderId);
  if (!order) notFound();
  const [t, tm, format, locale] = await Promise.all([
    getTranslations("orderStatus"),
    getTranslations("orders.milestones"),
    getFormatter(),
    getLocale(),
  ]);
  const FulfilmentIcon = FULFILMENT_ICON[order.fulfilment];
  const finished = order.milestone === "DELIVERED" || order.milestone === "CANCELLED";
  return (
    <div className="flex flex-col gap-5">
      <Link href="/orders" className="inline-flex items-center gap-1 self-start text-sm text-ink-muted hover:text-ink">
        <ChevronRightIcon aria-hidden className="size-4 rotate-180" /> {t("backToOrders")}
      </Link>
      <header>
        <p className="text-sm text-ink-muted">
          {t("orderNumber", { number: order.number })} ·{" "}
          {t("placedOn", { date: format.dateTime(order.placedAt, { day: "numeric", month: "long", year: "numeric" }) })}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">{order.product}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge
            tone={order.milestone === "DELIVERED" ? "won" : order.milestone === "CANCELLED" ? "lost" : "accent"}
            data-testid="order-milestone"
          >
            {tm(order.milestone)}
          </Badge>
          <span className="text-sm text-ink-muted">
            {t("total")}:{" "}
            <span className="tabular-nums">
              {formatMoney(order.totalMinor, order.currency, isLocale(locale) ? locale : "en")}
            </span>
          </span>
        </div>
      </header>

      <Card aria-labelledby="next-title">
        <CardContent className="flex flex-col gap-4">
          <div>
            <h2 id="next-title" className="text-base font-semibold">
              {t("whatNext")}
            </h2>
            <p className="mt-1 text-sm" data-testid="next-step">
              {t(`next.${order.milestone}`)}
            </p>
          </div>
          <DeliveryDate order={order} />
        </CardContent>
      </Card>

      <Card aria-labelledby="progress-title">
        <CardHeader>
          <CardTitle id="progress-title">{t("progress")}</CardTitle>
        </CardHeader>
        <CardContent>
          <MilestoneTimeline steps={order.steps} />
        </CardContent>
      </Card>

      {order.content.length > 0 && !finished ? (
        <Card aria-labelledby="content-title">
          <CardHeader>
            <CardTitle id="content-title">{t("contentTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <WaitingContent items={order.content} />
          </CardContent>
        </Card>
      ) : null}

      <Card aria-labelledby="ask-title">
        <CardHeader>
          <CardTitle id="ask-title">{t("ask.title")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <QuestionThread messages={order.thread} />
          <AskQuestionForm orderId={order.id} idempotencyKey={crypto.randomUUID()} />
        </CardContent>
      </Card>

      <div className="grid gap-5 sm:grid-cols-2">
        <Card aria-labelledby="fulfilment-title">
          <CardHeader>
            <CardTitle id="fulfilment-title">{t("fulfilmentTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex items-start gap-3">
            <span
              aria-hidden
              className="flex size-9 shrink-0 items-center justify-center rounded-md bg-gray-100 text-ink-muted"
            >
              <FulfilmentIcon className="size-5" />
            </span>
            <div className="min-w-0 text-sm">
              <p className="font-semibold" data-testid="fulfilment">
                {t(`fulfilment.${order.fulfilment}`)}
              </p>
              <p className="text-ink-muted">{t(`fulfilmentHint.${order.fulfilment}`)}</p>
            </div>
          </CardContent>
        </Card>
        <Card aria-labelledby="loyalty-title">
          <CardHeader>
            <CardTitle id="loyalty-title">{t("loyaltyTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <LoyaltySummary loyalty={order.loyalty} milestone={order.milestone} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
