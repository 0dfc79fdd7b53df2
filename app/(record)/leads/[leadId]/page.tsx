import crypto from "node:crypto";
import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseJourneyFilters } from "@/lib/validation/journey-filters";
import { utcToLocalDateTime } from "@/lib/validation/local-date-time";
import { mayClaimLeads, mayReassignLeads, mayReopenLeads } from "@/server/access/lead";
import { requireStaff } from "@/server/auth/session";
import { stageLostFrom } from "@/server/leads/reopen-service";
import { getLostReasonOptions } from "@/server/lost-reasons/queries";
import { TimelineSkeleton } from "@/components/journey/timeline-skeleton";
import { FollowUpForm } from "@/components/leads/follow-up-form";
import { ReassignLeadForm } from "@/components/leads/lead-actions";
import { LeadAssignmentCard } from "@/components/leads/lead-assignment-card";
import { LeadHeader } from "@/components/leads/lead-header";
import { LeadFacts } from "@/components/leads/lead-header-facts";
import { LeadClosedNotice } from "@/components/leads/lead-closed-notice";
import { ReopenLeadButton } from "@/components/leads/reopen-lead-button";
import { Alert } from "@/components/ui/alert";
import { ComposeCard } from "@/components/messaging/compose-card";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LeadJourney } from "./lead-journey";
import { loadLead } from "./load-lead";

type Props = {
  params: Promise<{ leadId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { leadId } = await params;
  const [lead, t] = await Promise.all([loadLead(leadId), getTranslations("lead")]);
  return { title: lead ? t("metaTitle", { name: lead.customer.name }) : t("notFoundTitle") };
}

export default async function LeadPage({ params, searchParams }: Props) {
  const [{ leadId }, query, session] = await Promise.all([params, searchParams, requireStaff()]);
  // The layout has already answered 404 for a lead outside the reader's scope.
  const lead = await loadLead(leadId);
  if (!lead) notFound();
  const mayReopen = mayReopenLeads(session) && lead.stage === "LOST";
  const [tf, tl, lostFrom, lostReasons] = await Promise.all([
    getTranslations("followUp"),
    getTranslations("lead"),
    mayReopen ? stageLostFrom(session, lead.id) : null,
    getLostReasonOptions(session),
  ]);
  const now = new Date();
  const filters = parseJourneyFilters(query);
  const mayClaim = mayClaimLeads(session);
  const canReassign = mayReassignLeads(session);

  return (
    <>
      <LeadHeader lead={lead} now={now} />
      {/* Set by the reopen action's redirect: the closed notice it came from is gone. */}
      {query.reopened === "1" && lead.stage !== "WON" && lead.stage !== "LOST" ? (
        <Alert tone="success" className="mb-6">
          {tl("reopen.reopened", { stage: tl(`stages.${lead.stage}`) })}
        </Alert>
      ) : null}
      <LeadClosedNotice
        lead={lead}
        timeZone={session.timeZone}
        action={lostFrom ? <ReopenLeadButton leadId={lead.id} version={lead.version} lostFrom={lostFrom} /> : null}
      />
      {/* Phones read top to bottom: facts, the form, then the journey. From lg the form sits
          beside both, high enough that logging a call never needs a scroll. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <LeadFacts lead={lead} now={now} timeZone={session.timeZone} />
        <aside className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1" aria-label={tf("title")}>
          <Card>
            <CardHeader>
              <CardTitle id="follow-up-title">{tf("title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <FollowUpForm
                leadId={lead.id}
                version={lead.version}
                stage={lead.stage}
                idempotencyKey={crypto.randomUUID()}
                timeZone={session.timeZone}
                minDateTime={utcToLocalDateTime(now, session.timeZone)}
                plannedDateTime={
                  lead.nextFollowUpAt && lead.nextFollowUpAt > now
                    ? utcToLocalDateTime(lead.nextFollowUpAt, session.timeZone)
                    : null
                }
                lostReasons={lostReasons}
              />
            </CardContent>
          </Card>
          <ComposeCard session={session} customerId={lead.customer.id} leadId={lead.id} />
          {/* Mounted for everyone who may claim, owned or not, so the claim's confirmation outlives
              the refresh that removes the claim form. */}
          {mayClaim || canReassign ? (
            <LeadAssignmentCard leadId={lead.id} version={lead.version} claimable={mayClaim && lead.owner === null}>
              {canReassign ? <ReassignLeadForm leadId={lead.id} version={lead.version} /> : null}
            </LeadAssignmentCard>
          ) : null}
        </aside>
        <div className="min-w-0">
          <Suspense key={JSON.stringify(query)} fallback={<TimelineSkeleton />}>
            <LeadJourney session={session} leadId={lead.id} filters={filters} now={now} />
          </Suspense>
        </div>
      </div>
    </>
  );
}
