import type { JourneyFilters } from "@/lib/validation/journey-filters";
import type { AppSession } from "@/server/auth/session";
import { getLeadJourney } from "@/server/leads/record-queries";
import { Timeline } from "@/components/journey/timeline";

/** The timeline's data, fetched inside its own Suspense boundary so the header and form show first. */
export async function LeadJourney({
  session,
  leadId,
  filters,
  now,
}: {
  session: AppSession;
  leadId: string;
  filters: JourneyFilters;
  now: Date;
}) {
  const page = await getLeadJourney(session, leadId, filters);
  if (!page) return null;
  return (
    <Timeline
      page={page}
      filters={filters}
      basePath={`/leads/${leadId}`}
      leadId={leadId}
      timeZone={session.timeZone}
      now={now}
    />
  );
}
