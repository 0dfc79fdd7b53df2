import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format-money";
import { isLocale } from "@/i18n/locales";
import { DateForm } from "@/components/orders/staff/date-form";
import { MilestoneForm } from "@/components/orders/staff/milestone-form";
import { OrderHistory } from "@/components/orders/staff/order-history";
import { OrderMessages } from "@/components/orders/staff/order-messages";
import { ReplyForm } from "@/components/orders/staff/reply-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ChevronRightIcon } from "@/components/ui/icons";
import { loadStaffOrder } from "./load-order";
import { CLOCK } from "@/lib/date-time-format";

type Props = { params: Promise<{ customerId: string; orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { customerId, orderId } = await params;
  const [order, t] = await Promise.all([loadStaffOrder(customerId, orderId), getTranslations("orderStatus")]);
  return { title: order ? `${t("metaTitle", { number: order.number })} · ${order.customer.name}` : t("notFoundTitle") };
}

/** The date input's value: the expected day as the customer reads it, in Oslo. */
const isoDay = (d: Date | null) => (d ? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(d) : null);

export default async function StaffOrderPage({ params }: Props) {
  const { customerId, orderId } = await params;
  // The layout has already answered 404 for an order outside the reader's scope.
  const order = await loadStaffOrder(customerId, orderId);
  if (!order) notFound();
  const [t, tm, format, locale] = await Promise.all([
    getTranslations("orderStatus"),
    getTranslations("orders.milestones"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (minor: number) => formatMoney(minor, order.currency, isLocale(locale) ? locale : "en");
  const day = (d: Date | null) =>
    d ? format.dateTime(d, { day: "numeric", month: "long", year: "numeric" }) : t("noDate");
  const finished = order.next.length === 0;
  const lead = order.questionLead;
  const facts: [string, React.ReactNode][] = [
    [
      t("staff.customer"),
      <Link key="c" href={`/customers/${order.customer.id}`} className="font-medium text-accent-700 hover:underline">
        {order.customer.name}
      </Link>,
    ],
    [t("staff.placedOn"), day(order.placedAt)],
    [
      t("staff.expected"),
      <span key="e" data-testid="staff-expected">
        {order.milestone === "DELIVERED" ? day(order.deliveredAt) : day(order.expectedDeliveryAt)}
      </span>,
    ],
    [t("staff.fulfilment"), t(`fulfilment.${order.fulfilment}`)],
    [
      t("staff.total"),
      <span key="t" className="tabular-nums">
        {money(order.totalMinor)}
      </span>,
    ],
    [t("staff.language"), t(`content.locales.${order.customer.locale}`)],
  ];

  return (
    <>
      <header className="mb-6 flex flex-col gap-3">
        <Link
          href={`/customers/${order.customer.id}`}
          className="inline-flex items-center gap-1 self-start text-sm text-ink-muted hover:text-ink"
        >
          <ChevronRightIcon aria-hidden className="size-4 rotate-180" /> {order.customer.name}
        </Link>
        <div className="min-w-0">
          <p className="text-sm text-ink-muted">{t("orderNumber", { number: order.number })}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">{order.product}</h1>
        </div>
        <Badge
          className="self-start"
          tone={order.milestone === "DELIVERED" ? "won" : order.milestone === "CANCELLED" ? "lost" : "accent"}
          data-testid="staff-milestone"
        >
          {tm(order.milestone)}
        </Badge>
      </header>
      {/* Phones read top to bottom: facts, the forms, then the messages and history. From lg the
          forms sit beside both, so answering or moving the order never needs a scroll. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {lead?.waitingSince ? (
            <Alert tone="error" title={t("staff.openQuestion")}>
              {t("staff.waitingSince", {
                time: format.dateTime(lead.waitingSince, {
                  day: "numeric",
                  month: "short",
                  ...CLOCK,
                }),
              })}
            </Alert>
          ) : null}
          <Card aria-labelledby="facts-title">
            <CardHeader>
              <CardTitle id="facts-title">{t("staff.facts")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                {facts.map(([label, value]) => (
                  <div key={label} className="min-w-0">
                    <dt className="text-ink-muted">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
              <div className="mt-4 rounded-md border border-dashed border-line-strong p-3 text-sm">
                <p className="text-xs font-medium text-ink-muted">{t("staff.staffOnly")}</p>
                <dl className="mt-2 grid gap-2 sm:grid-cols-2">
                  <div>
                    <dt className="text-ink-muted">{t("staff.margin")}</dt>
                    <dd className="tabular-nums">{order.marginMinor === null ? "–" : money(order.marginMinor)}</dd>
                  </div>
                  <div className="min-w-0">
                    <dt className="text-ink-muted">{t("staff.note")}</dt>
                    <dd className="break-words">{order.internalNote ?? "–"}</dd>
                  </div>
                </dl>
              </div>
            </CardContent>
          </Card>
        </div>
        <aside
          className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1"
          aria-label={t("staff.actions")}
        >
          {lead ? (
            <Card>
              <CardHeader>
                <CardTitle id="reply-form-title">{t("staff.replyTitle")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ReplyForm
                  orderId={order.id}
                  customerId={order.customer.id}
                  leadId={lead.id}
                  leadVersion={lead.version}
                  idempotencyKey={crypto.randomUUID()}
                />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle id="milestone-form-title">{t("staff.milestoneTitle")}</CardTitle>
            </CardHeader>
            <CardContent>
              {finished ? (
                <p className="text-sm text-ink-muted">{t("staff.finished")}</p>
              ) : (
                <MilestoneForm
                  orderId={order.id}
                  customerId={order.customer.id}
                  version={order.version}
                  next={order.next}
                />
              )}
            </CardContent>
          </Card>
          {!finished ? (
            <Card>
              <CardHeader>
                <CardTitle id="date-form-title">{t("staff.dateTitle")}</CardTitle>
              </CardHeader>
              <CardContent>
                <DateForm
                  orderId={order.id}
                  customerId={order.customer.id}
                  version={order.version}
                  current={isoDay(order.expectedDeliveryAt)}
                />
              </CardContent>
            </Card>
          ) : null}
        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1">
          <Card aria-labelledby="messages-title">
            <CardHeader>
              <CardTitle id="messages-title">{t("staff.timelineTitle")}</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderMessages touchpoints={order.touchpoints} />
            </CardContent>
          </Card>
          <Card aria-labelledby="history-title">
            <CardHeader>
              <CardTitle id="history-title">{t("staff.historyTitle")}</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderHistory events={order.events} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
