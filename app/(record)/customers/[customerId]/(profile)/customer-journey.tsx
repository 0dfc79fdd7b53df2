import type { JourneyFilters } from "@/lib/validation/journey-filters";
import type { CustomerAccess } from "@/server/access/customer-access";
import { findJourneyPage } from "@/server/customers/journey-queries";
import { Timeline } from "@/components/journey/timeline";

/** The whole journey, in its own Suspense boundary so header, map and loyalty show first. */
export async function CustomerJourney({
  access,
  filters,
  now,
  knownTotal,
}: {
  access: CustomerAccess;
  filters: JourneyFilters;
  now: Date;
  knownTotal?: number;
}) {
  const page = await findJourneyPage(access.customerId, filters, knownTotal);
  return (
    <Timeline
      page={page}
      filters={filters}
      basePath={`/customers/${access.customerId}`}
      timeZone={access.session.timeZone}
      now={now}
    />
  );
}
