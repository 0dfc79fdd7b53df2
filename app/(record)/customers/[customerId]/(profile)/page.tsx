import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { decodeCursor, parseJourneyFilters, type JourneyFilters } from "@/lib/validation/journey-filters";
import { mayManageCustomerData } from "@/server/access/customer";
import { getConsentHistory } from "@/server/customers/consent-service";
import { getCustomerOrders } from "@/server/customers/record-orders";
import { getCustomerClosedLeads } from "@/server/customers/record-closed-leads";
import { getJourneyMap, type JourneyMap as JourneyMapData } from "@/server/customers/record-queries";
import { getLoyaltyCard } from "@/server/loyalty/queries";
import { TimelineSkeleton } from "@/components/journey/timeline-skeleton";
import { ConsentCard } from "@/components/customers/consent-card";
import { CustomerGdprActions } from "@/components/customers/customer-gdpr-actions";
import { CustomerHeader } from "@/components/customers/customer-header";
import { MergeCustomerLink } from "@/components/customers/merge-customer-link";
import { CustomerOrders } from "@/components/customers/customer-orders";
import { CustomerClosedLeads } from "@/components/customers/customer-closed-leads";
import { JourneyMap } from "@/components/customers/journey-map";
import { LoyaltyCard } from "@/components/customers/loyalty-card";
import { ComposeCard } from "@/components/messaging/compose-card";
import { CustomerJourney } from "./customer-journey";
import { loadCustomer } from "../load-customer";

type Props = {
  params: Promise<{ customerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { customerId } = await params;
  const [record, t] = await Promise.all([loadCustomer(customerId), getTranslations("customer")]);
  if (!record) return { title: t("notFoundTitle") };
  return { title: t("metaTitle", { name: record.customer.erasedAt ? t("erasedName") : record.customer.name }) };
}

export default async function CustomerPage({ params, searchParams }: Props) {
  const [{ customerId }, query] = await Promise.all([params, searchParams]);
  // The layout has already answered 404 for a customer outside the reader's scope.
  const record = await loadCustomer(customerId);
  if (!record) notFound();
  const { access, customer } = record;
  const session = access.session;
  const now = new Date();
  const filters = parseJourneyFilters(query);
  const pointsBefore = decodeCursor(Array.isArray(query.points) ? query.points[0] : query.points) ?? undefined;
  // Independent reads, together: a handful of indexed queries.
  const [map, orders, loyalty, consentHistory, closedLeads] = await Promise.all([
    getJourneyMap(access),
    getCustomerOrders(access),
    getLoyaltyCard(access, customer, pointsBefore, now),
    getConsentHistory(access),
    getCustomerClosedLeads(access),
  ]);
  const basePath = `/customers/${customer.id}`;

  return (
    <>
      <CustomerHeader
        record={record}
        actions={
          mayManageCustomerData(session) ? (
            <>
              {customer.erasedAt ? null : <MergeCustomerLink customerId={customer.id} />}
              <CustomerGdprActions customerId={customer.id} name={customer.name} erased={Boolean(customer.erasedAt)} />
            </>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        <JourneyMap map={map} current={customer.journeyStage} basePath={basePath} />
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
          <aside className="flex flex-col gap-6 lg:col-start-2 lg:row-start-1">
            {customer.erasedAt ? null : <ComposeCard session={session} customerId={customer.id} leadId={null} />}
            <LoyaltyCard
              card={loyalty}
              currency={customer.currency}
              basePath={basePath}
              paged={Boolean(pointsBefore)}
              timeZone={session.timeZone}
            />
            <CustomerOrders customerId={customer.id} orders={orders} timeZone={session.timeZone} />
            <CustomerClosedLeads leads={closedLeads} currency={customer.currency} timeZone={session.timeZone} />
            <ConsentCard
              customerId={customer.id}
              consents={record.consents}
              history={consentHistory}
              erased={Boolean(customer.erasedAt)}
              timeZone={session.timeZone}
            />
          </aside>
          <div className="min-w-0 lg:col-start-1 lg:row-start-1">
            <Suspense key={JSON.stringify(filters)} fallback={<TimelineSkeleton />}>
              <CustomerJourney access={access} filters={filters} now={now} knownTotal={journeyTotal(map, filters)} />
            </Suspense>
          </div>
        </div>
      </div>
    </>
  );
}

/** The timeline's count, when the journey map's per-phase counts already say it (no channel filter). */
function journeyTotal(map: JourneyMapData, filters: JourneyFilters): number | undefined {
  if (filters.channel) return undefined;
  return filters.phase ? map.phases.find((p) => p.phase === filters.phase)?.count : map.total;
}
