-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "firstOrderAt" TIMESTAMPTZ(3),
ADD COLUMN     "orderCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
-- Columns in the order reise_lead_day_facts returns them (it returns SETOF "LeadDayStat").
CREATE TABLE "LeadDayStat" (
    "day" DATE NOT NULL,
    "ownerKey" UUID NOT NULL,
    "sourceChannel" "Channel" NOT NULL,
    "campaignKey" UUID NOT NULL,
    "leads" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "closedUnanswered" INTEGER NOT NULL,
    "responseBuckets" INTEGER[],
    "responseMax" INTEGER,
    "lostFurthest" INTEGER[],
    "lostMinutes" INTEGER[],
    "openStages" INTEGER[],
    "proposalMinutes" INTEGER[],
    "qualifiedMinutes" INTEGER[],
    "wonMinutes" INTEGER[],
    "level" SMALLINT NOT NULL,
    "withinSla" INTEGER NOT NULL,
    "firstTouchChannel" INTEGER[],
    "firstTouchOwner" INTEGER[],
    "lastTouchChannel" INTEGER[],
    "lastTouchOwner" INTEGER[],
    "lostCount" INTEGER[],
    "openCount" INTEGER[],
    "openValue" BIGINT[],
    "wonCount" INTEGER[],
    "wonSeconds" DOUBLE PRECISION[],
    "wonValue" BIGINT[],

    CONSTRAINT "LeadDayStat_pkey" PRIMARY KEY ("level","ownerKey","day","sourceChannel","campaignKey")
);

-- CreateIndex
CREATE INDEX "LeadDayStat_day_idx" ON "LeadDayStat"("day");

-- CreateIndex
CREATE INDEX "Customer_buyer_tier_idx" ON "Customer"("loyaltyTier", "ownerId") WHERE ("orderCount" > 0);

-- CreateIndex
CREATE INDEX "Customer_firstOrderAt_orderCount_ownerId_idx" ON "Customer"("firstOrderAt", "orderCount", "ownerId");

-- CreateIndex
CREATE INDEX "Lead_open_unanswered_idx" ON "Lead"("slaDueAt", "createdAt", "ownerId", "sourceChannel") WHERE ((stage = ANY (ARRAY['NEW'::"LeadStage", 'CONTACTED'::"LeadStage", 'QUALIFIED'::"LeadStage", 'PROPOSAL'::"LeadStage"])) AND ("firstResponseMinutes" IS NULL));

-- The dashboard's pre-aggregates (docs/kpis.md, "Performance").
--
-- LeadDayStat: per calendar day in the reporting zone (Europe/Oslo, lib/kpi/reporting.ts) ×
-- owner × source channel × campaign, the figures of the leads created that day, plus the same
-- day summed over some of those dimensions (level: owner 1, channel 2, campaign 4 kept).
-- reise_lead_day_facts is the one definition of a row. Triggers recompute the finest row of
-- every cell a write touched and sum that day's coarser rows from finer ones; the seeder defers
-- them (reise.defer_lead_day_stats) and rebuilds once. The histogram bounds and the SLA minutes
-- spelled here match lib/kpi/response-histogram.ts and lib/sla.ts; lead-day-stats.test.ts
-- proves table = recompute and cards = the KPIs worked out from every lead.
--
-- Customer.firstOrderAt / orderCount: the customer's purchases, kept by a trigger on "Order".

CREATE FUNCTION reise_lead_day_facts(
  p_from timestamptz, p_to timestamptz, p_owner uuid DEFAULT NULL, p_channel "Channel" DEFAULT NULL, p_campaign uuid DEFAULT NULL
) RETURNS SETOF "LeadDayStat"
LANGUAGE sql STABLE AS $$
  SELECT l.day, coalesce(l.owner, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(l.channel, 'WEB'), coalesce(l.campaign, '00000000-0000-0000-0000-000000000000'::uuid),
    count(*)::int, count(l.minutes)::int,
    count(*) FILTER (WHERE l.minutes IS NULL AND l.stage IN ('WON', 'LOST'))::int,
    ARRAY[count(*) FILTER (WHERE TRUE AND l.bucket = 0), count(*) FILTER (WHERE TRUE AND l.bucket = 1), count(*) FILTER (WHERE TRUE AND l.bucket = 2), count(*) FILTER (WHERE TRUE AND l.bucket = 3), count(*) FILTER (WHERE TRUE AND l.bucket = 4), count(*) FILTER (WHERE TRUE AND l.bucket = 5), count(*) FILTER (WHERE TRUE AND l.bucket = 6), count(*) FILTER (WHERE TRUE AND l.bucket = 7), count(*) FILTER (WHERE TRUE AND l.bucket = 8), count(*) FILTER (WHERE TRUE AND l.bucket = 9), count(*) FILTER (WHERE TRUE AND l.bucket = 10), count(*) FILTER (WHERE TRUE AND l.bucket = 11), count(*) FILTER (WHERE TRUE AND l.bucket = 12), count(*) FILTER (WHERE TRUE AND l.bucket = 13), count(*) FILTER (WHERE TRUE AND l.bucket = 14), count(*) FILTER (WHERE TRUE AND l.bucket = 15), count(*) FILTER (WHERE TRUE AND l.bucket = 16), count(*) FILTER (WHERE TRUE AND l.bucket = 17), count(*) FILTER (WHERE TRUE AND l.bucket = 18), count(*) FILTER (WHERE TRUE AND l.bucket = 19), count(*) FILTER (WHERE TRUE AND l.bucket = 20), count(*) FILTER (WHERE TRUE AND l.bucket = 21), count(*) FILTER (WHERE TRUE AND l.bucket = 22), count(*) FILTER (WHERE TRUE AND l.bucket = 23), count(*) FILTER (WHERE TRUE AND l.bucket = 24), count(*) FILTER (WHERE TRUE AND l.bucket = 25), count(*) FILTER (WHERE TRUE AND l.bucket = 26), count(*) FILTER (WHERE TRUE AND l.bucket = 27), count(*) FILTER (WHERE TRUE AND l.bucket = 28)]::int[],
    max(l.minutes),
    -- lostFurthest: NEW, CONTACTED, QUALIFIED, PROPOSAL
    ARRAY[count(*) FILTER (WHERE l.stage = 'LOST' AND l.furthest = 0), count(*) FILTER (WHERE l.stage = 'LOST' AND l.furthest = 1), count(*) FILTER (WHERE l.stage = 'LOST' AND l.furthest = 2), count(*) FILTER (WHERE l.stage = 'LOST' AND l.furthest = 3)]::int[],
    -- lostMinutes, openStages, proposalMinutes, qualifiedMinutes, wonMinutes
    ARRAY[count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 0), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 1), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 2), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 3), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 4), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 5), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 6), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 7), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 8), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 9), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 10), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 11), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 12), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 13), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 14), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 15), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 16), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 17), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 18), count(*) FILTER (WHERE l.stage = 'LOST' AND l.stage_bucket = 19)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'NEW'), count(*) FILTER (WHERE l.stage = 'CONTACTED'), count(*) FILTER (WHERE l.stage = 'QUALIFIED'), count(*) FILTER (WHERE l.stage = 'PROPOSAL')]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 0), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 1), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 2), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 3), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 4), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 5), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 6), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 7), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 8), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 9), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 10), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 11), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 12), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 13), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 14), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 15), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 16), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 17), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 18), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.stage_bucket = 19)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 0), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 1), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 2), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 3), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 4), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 5), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 6), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 7), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 8), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 9), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 10), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 11), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 12), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 13), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 14), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 15), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 16), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 17), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 18), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.stage_bucket = 19)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 0), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 1), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 2), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 3), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 4), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 5), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 6), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 7), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 8), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 9), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 10), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 11), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 12), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 13), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 14), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 15), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 16), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 17), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 18), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 19)]::int[],
    -- level: the dimensions kept (owner 1, channel 2, campaign 4); GROUPING gives those summed over.
    (7 - GROUPING(l.campaign, l.channel, l.owner))::smallint,
    -- withinSla: the promise per channel, as DEFAULT_SLA_MINUTES in lib/sla.ts (lead-day-stats.test.ts checks it).
    count(*) FILTER (WHERE l.minutes <= l.sla)::int,
    -- firstTouchChannel, firstTouchOwner, lastTouchChannel, lastTouchOwner: per window (30, 60, 90, 180, 365
    -- days), the wins in it by Channel / TouchpointOwner in enum order, then "none".
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_channel IS NULL)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.first_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.first_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.first_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.first_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.first_owner IS NULL)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_channel IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'WEB'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'MOBILE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'CHAT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'PHONE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'EMAIL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'SMS'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'STORE'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'EVENT'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'REVIEW'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel = 'CAMPAIGN'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_channel IS NULL)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.last_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.last_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.last_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.last_owner IS NULL), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_owner = 'BRAND'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_owner = 'PARTNER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_owner = 'CUSTOMER'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_owner = 'SOCIAL'), count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.last_owner IS NULL)]::int[],
    -- lostCount, openCount, openValue, wonCount, wonSeconds, wonValue (per currency NOK, DKK, EUR;
    -- open figures stage-major, the others window-major: 30, 60, 90, 180, 365 days)
    ARRAY[coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 2592000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 2592000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 2592000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 5184000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 5184000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 5184000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 7776000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 7776000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 7776000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 15552000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 15552000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 15552000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 31536000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 31536000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'LOST' AND l.close_seconds <= 31536000 AND l.currency = 'EUR'), 0)]::int[],
    ARRAY[count(*) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'NOK'), count(*) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'DKK'), count(*) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'EUR'), count(*) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'NOK'), count(*) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'DKK'), count(*) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'EUR'), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'NOK'), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'DKK'), count(*) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'EUR'), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'NOK'), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'DKK'), count(*) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'EUR')]::int[],
    ARRAY[coalesce(sum(l.value) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'NEW' AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'CONTACTED' AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'QUALIFIED' AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'PROPOSAL' AND l.currency = 'EUR'), 0)]::bigint[],
    ARRAY[coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'EUR'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'NOK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'DKK'), 0), coalesce(count(*) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'EUR'), 0)]::int[],
    ARRAY[coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'NOK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'DKK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'EUR'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'NOK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'DKK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'EUR'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'NOK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'DKK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'EUR'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'NOK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'DKK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'EUR'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'NOK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'DKK'), 0), coalesce(sum(l.close_seconds) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'EUR'), 0)]::float8[],
    ARRAY[coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 2592000 AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 5184000 AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 7776000 AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 15552000 AND l.currency = 'EUR'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'NOK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'DKK'), 0), coalesce(sum(l.value) FILTER (WHERE l.stage = 'WON' AND l.close_seconds <= 31536000 AND l.currency = 'EUR'), 0)]::bigint[]
  FROM (
    SELECT (x."createdAt" AT TIME ZONE 'Europe/Oslo')::date AS day,
      touch.first_channel, touch.first_owner, touch.last_channel, touch.last_owner, cu.currency, x."valueMinor" AS value,
      date_part('epoch', x."closedAt" - x."createdAt") AS close_seconds, coalesce(x."ownerId", '00000000-0000-0000-0000-000000000000'::uuid) AS owner,
      x."sourceChannel" AS channel, coalesce(x."campaignId", '00000000-0000-0000-0000-000000000000'::uuid) AS campaign, x.stage, x."firstResponseMinutes" AS minutes,
      CASE x."sourceChannel" WHEN 'CHAT' THEN 15 WHEN 'PHONE' THEN 30 WHEN 'SMS' THEN 30 WHEN 'WEB' THEN 60 WHEN 'MOBILE' THEN 60 WHEN 'SOCIAL' THEN 60
        WHEN 'CAMPAIGN' THEN 60 WHEN 'EMAIL' THEN 240 WHEN 'STORE' THEN 240 WHEN 'EVENT' THEN 240 WHEN 'REVIEW' THEN 240 WHEN 'PARTNER' THEN 240 END AS sla,
      -- Bucket k holds (bound[k-1], bound[k]]: the number of bounds below the value.
      width_bucket(x."firstResponseMinutes" - 1, ARRAY[0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 10080]::int[]) AS bucket,
      -- Minutes from creation to closing (WON, LOST) or to the current stage (QUALIFIED, PROPOSAL), in
      -- the same kind of bucket; the bounds are negated so that width_bucket counts the bounds below.
      CASE WHEN x.stage IN ('WON', 'LOST') THEN 19 - width_bucket(-date_part('epoch', x."closedAt" - x."createdAt") / 60, ARRAY[-525600, -388800, -259200, -172800, -129600, -86400, -64800, -43200, -30240, -20160, -14400, -10080, -7200, -4320, -2880, -1440, -240, -60, 0]::float8[])
           WHEN x.stage IN ('QUALIFIED', 'PROPOSAL') THEN 19 - width_bucket(-date_part('epoch', x."stageChangedAt" - x."createdAt") / 60, ARRAY[-525600, -388800, -259200, -172800, -129600, -86400, -64800, -43200, -30240, -20160, -14400, -10080, -7200, -4320, -2880, -1440, -240, -60, 0]::float8[]) END AS stage_bucket,
      -- How far a lost lead got: the stage the audit log says it was lost from, PROPOSAL if a follow-up
      -- sent a proposal, QUALIFIED if one booked a meeting, CONTACTED if it was answered; else NEW.
      CASE WHEN x.stage = 'LOST' THEN greatest(
        coalesce((
          SELECT CASE a.data->>'from' WHEN 'PROPOSAL' THEN 3 WHEN 'QUALIFIED' THEN 2 WHEN 'CONTACTED' THEN 1 ELSE 0 END
          FROM "AuditLog" a
          WHERE a."entityType" = 'Lead' AND a."entityId" = x.id::text AND a.action = 'lead.stage_changed' AND a.data->>'to' = 'LOST'
          ORDER BY a."createdAt" DESC LIMIT 1), 0),
        coalesce((
          SELECT max(CASE f.outcome WHEN 'PROPOSAL_SENT' THEN 3 ELSE 2 END) FROM "FollowUp" f
          WHERE f."leadId" = x.id AND f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED')), 0),
        CASE WHEN x."firstResponseAt" IS NOT NULL THEN 1 ELSE 0 END) END AS furthest
    FROM "Lead" x
    JOIN "Customer" cu ON cu.id = x."customerId"
    -- A won lead's earliest and latest inbound touchpoint linked to it, from 90 days before it was
    -- created up to the win (one index range on Touchpoint(leadId, occurredAt) per won lead).
    LEFT JOIN LATERAL (
      SELECT (array_agg(t.channel ORDER BY t."occurredAt" ASC))[1] AS first_channel, (array_agg(t.owner ORDER BY t."occurredAt" ASC))[1] AS first_owner,
        (array_agg(t.channel ORDER BY t."occurredAt" DESC))[1] AS last_channel, (array_agg(t.owner ORDER BY t."occurredAt" DESC))[1] AS last_owner
      FROM "Touchpoint" t
      WHERE x.stage = 'WON' AND t."leadId" = x.id AND t.direction = 'INBOUND'
        AND t."occurredAt" >= x."createdAt" - make_interval(days => 90) AND t."occurredAt" <= x."closedAt"
    ) touch ON TRUE
    WHERE x."createdAt" >= p_from AND x."createdAt" < p_to
      -- One cell only (its finest row is all a trigger needs): no owner or campaign is the zero uuid.
      AND (p_owner IS NULL OR coalesce(x."ownerId", '00000000-0000-0000-0000-000000000000'::uuid) = p_owner)
      AND (p_channel IS NULL OR x."sourceChannel" = p_channel)
      AND (p_campaign IS NULL OR coalesce(x."campaignId", '00000000-0000-0000-0000-000000000000'::uuid) = p_campaign)
    -- OFFSET 0 keeps this a subquery: inlined, each FILTER below would look up a lost lead's audit rows again.
    OFFSET 0
  ) l
  -- The finest rows; the same day per owner and channel, per owner and campaign; summed over all but one of
  -- owner, channel and campaign; and over all three.
  GROUP BY GROUPING SETS ((l.day, l.owner, l.channel, l.campaign), (l.day, l.owner, l.channel), (l.day, l.owner, l.campaign),
    (l.day, l.owner), (l.day, l.channel), (l.day, l.campaign), (l.day))
$$;

-- One coarser row of a day, summed from the finer rows it is made of (see reise_lead_cell_refresh).
-- p_level keeps the dimensions it names; the rest take the placeholders reise_lead_day_facts uses.
CREATE FUNCTION reise_lead_day_resum(p_day date, p_level smallint, p_from_level smallint, p_owner uuid, p_channel "Channel", p_campaign uuid)
RETURNS void LANGUAGE sql AS $$
  DELETE FROM "LeadDayStat"
  WHERE level = p_level AND day = p_day AND "ownerKey" = p_owner AND "sourceChannel" = p_channel AND "campaignKey" = p_campaign;
  INSERT INTO "LeadDayStat" (level, day, "ownerKey", "sourceChannel", "campaignKey", "leads", "answered", "closedUnanswered", "withinSla", "responseBuckets", "responseMax", "lostFurthest", "lostMinutes", "openStages", "proposalMinutes", "qualifiedMinutes", "wonMinutes", "firstTouchChannel", "firstTouchOwner", "lastTouchChannel", "lastTouchOwner", "lostCount", "openCount", "openValue", "wonCount", "wonSeconds", "wonValue")
  SELECT p_level, p_day, p_owner, p_channel, p_campaign,
      sum(s."leads")::int,
      sum(s."answered")::int,
      sum(s."closedUnanswered")::int,
      sum(s."withinSla")::int,
      ARRAY[sum(s."responseBuckets"[1]), sum(s."responseBuckets"[2]), sum(s."responseBuckets"[3]), sum(s."responseBuckets"[4]), sum(s."responseBuckets"[5]), sum(s."responseBuckets"[6]), sum(s."responseBuckets"[7]), sum(s."responseBuckets"[8]), sum(s."responseBuckets"[9]), sum(s."responseBuckets"[10]), sum(s."responseBuckets"[11]), sum(s."responseBuckets"[12]), sum(s."responseBuckets"[13]), sum(s."responseBuckets"[14]), sum(s."responseBuckets"[15]), sum(s."responseBuckets"[16]), sum(s."responseBuckets"[17]), sum(s."responseBuckets"[18]), sum(s."responseBuckets"[19]), sum(s."responseBuckets"[20]), sum(s."responseBuckets"[21]), sum(s."responseBuckets"[22]), sum(s."responseBuckets"[23]), sum(s."responseBuckets"[24]), sum(s."responseBuckets"[25]), sum(s."responseBuckets"[26]), sum(s."responseBuckets"[27]), sum(s."responseBuckets"[28]), sum(s."responseBuckets"[29])]::int[],
      max(s."responseMax"),
      ARRAY[sum(s."lostFurthest"[1]), sum(s."lostFurthest"[2]), sum(s."lostFurthest"[3]), sum(s."lostFurthest"[4])]::int[],
      ARRAY[sum(s."lostMinutes"[1]), sum(s."lostMinutes"[2]), sum(s."lostMinutes"[3]), sum(s."lostMinutes"[4]), sum(s."lostMinutes"[5]), sum(s."lostMinutes"[6]), sum(s."lostMinutes"[7]), sum(s."lostMinutes"[8]), sum(s."lostMinutes"[9]), sum(s."lostMinutes"[10]), sum(s."lostMinutes"[11]), sum(s."lostMinutes"[12]), sum(s."lostMinutes"[13]), sum(s."lostMinutes"[14]), sum(s."lostMinutes"[15]), sum(s."lostMinutes"[16]), sum(s."lostMinutes"[17]), sum(s."lostMinutes"[18]), sum(s."lostMinutes"[19]), sum(s."lostMinutes"[20])]::int[],
      ARRAY[sum(s."openStages"[1]), sum(s."openStages"[2]), sum(s."openStages"[3]), sum(s."openStages"[4])]::int[],
      ARRAY[sum(s."proposalMinutes"[1]), sum(s."proposalMinutes"[2]), sum(s."proposalMinutes"[3]), sum(s."proposalMinutes"[4]), sum(s."proposalMinutes"[5]), sum(s."proposalMinutes"[6]), sum(s."proposalMinutes"[7]), sum(s."proposalMinutes"[8]), sum(s."proposalMinutes"[9]), sum(s."proposalMinutes"[10]), sum(s."proposalMinutes"[11]), sum(s."proposalMinutes"[12]), sum(s."proposalMinutes"[13]), sum(s."proposalMinutes"[14]), sum(s."proposalMinutes"[15]), sum(s."proposalMinutes"[16]), sum(s."proposalMinutes"[17]), sum(s."proposalMinutes"[18]), sum(s."proposalMinutes"[19]), sum(s."proposalMinutes"[20])]::int[],
      ARRAY[sum(s."qualifiedMinutes"[1]), sum(s."qualifiedMinutes"[2]), sum(s."qualifiedMinutes"[3]), sum(s."qualifiedMinutes"[4]), sum(s."qualifiedMinutes"[5]), sum(s."qualifiedMinutes"[6]), sum(s."qualifiedMinutes"[7]), sum(s."qualifiedMinutes"[8]), sum(s."qualifiedMinutes"[9]), sum(s."qualifiedMinutes"[10]), sum(s."qualifiedMinutes"[11]), sum(s."qualifiedMinutes"[12]), sum(s."qualifiedMinutes"[13]), sum(s."qualifiedMinutes"[14]), sum(s."qualifiedMinutes"[15]), sum(s."qualifiedMinutes"[16]), sum(s."qualifiedMinutes"[17]), sum(s."qualifiedMinutes"[18]), sum(s."qualifiedMinutes"[19]), sum(s."qualifiedMinutes"[20])]::int[],
      ARRAY[sum(s."wonMinutes"[1]), sum(s."wonMinutes"[2]), sum(s."wonMinutes"[3]), sum(s."wonMinutes"[4]), sum(s."wonMinutes"[5]), sum(s."wonMinutes"[6]), sum(s."wonMinutes"[7]), sum(s."wonMinutes"[8]), sum(s."wonMinutes"[9]), sum(s."wonMinutes"[10]), sum(s."wonMinutes"[11]), sum(s."wonMinutes"[12]), sum(s."wonMinutes"[13]), sum(s."wonMinutes"[14]), sum(s."wonMinutes"[15]), sum(s."wonMinutes"[16]), sum(s."wonMinutes"[17]), sum(s."wonMinutes"[18]), sum(s."wonMinutes"[19]), sum(s."wonMinutes"[20])]::int[],
      ARRAY[sum(s."firstTouchChannel"[1]), sum(s."firstTouchChannel"[2]), sum(s."firstTouchChannel"[3]), sum(s."firstTouchChannel"[4]), sum(s."firstTouchChannel"[5]), sum(s."firstTouchChannel"[6]), sum(s."firstTouchChannel"[7]), sum(s."firstTouchChannel"[8]), sum(s."firstTouchChannel"[9]), sum(s."firstTouchChannel"[10]), sum(s."firstTouchChannel"[11]), sum(s."firstTouchChannel"[12]), sum(s."firstTouchChannel"[13]), sum(s."firstTouchChannel"[14]), sum(s."firstTouchChannel"[15]), sum(s."firstTouchChannel"[16]), sum(s."firstTouchChannel"[17]), sum(s."firstTouchChannel"[18]), sum(s."firstTouchChannel"[19]), sum(s."firstTouchChannel"[20]), sum(s."firstTouchChannel"[21]), sum(s."firstTouchChannel"[22]), sum(s."firstTouchChannel"[23]), sum(s."firstTouchChannel"[24]), sum(s."firstTouchChannel"[25]), sum(s."firstTouchChannel"[26]), sum(s."firstTouchChannel"[27]), sum(s."firstTouchChannel"[28]), sum(s."firstTouchChannel"[29]), sum(s."firstTouchChannel"[30]), sum(s."firstTouchChannel"[31]), sum(s."firstTouchChannel"[32]), sum(s."firstTouchChannel"[33]), sum(s."firstTouchChannel"[34]), sum(s."firstTouchChannel"[35]), sum(s."firstTouchChannel"[36]), sum(s."firstTouchChannel"[37]), sum(s."firstTouchChannel"[38]), sum(s."firstTouchChannel"[39]), sum(s."firstTouchChannel"[40]), sum(s."firstTouchChannel"[41]), sum(s."firstTouchChannel"[42]), sum(s."firstTouchChannel"[43]), sum(s."firstTouchChannel"[44]), sum(s."firstTouchChannel"[45]), sum(s."firstTouchChannel"[46]), sum(s."firstTouchChannel"[47]), sum(s."firstTouchChannel"[48]), sum(s."firstTouchChannel"[49]), sum(s."firstTouchChannel"[50]), sum(s."firstTouchChannel"[51]), sum(s."firstTouchChannel"[52]), sum(s."firstTouchChannel"[53]), sum(s."firstTouchChannel"[54]), sum(s."firstTouchChannel"[55]), sum(s."firstTouchChannel"[56]), sum(s."firstTouchChannel"[57]), sum(s."firstTouchChannel"[58]), sum(s."firstTouchChannel"[59]), sum(s."firstTouchChannel"[60]), sum(s."firstTouchChannel"[61]), sum(s."firstTouchChannel"[62]), sum(s."firstTouchChannel"[63]), sum(s."firstTouchChannel"[64]), sum(s."firstTouchChannel"[65])]::int[],
      ARRAY[sum(s."firstTouchOwner"[1]), sum(s."firstTouchOwner"[2]), sum(s."firstTouchOwner"[3]), sum(s."firstTouchOwner"[4]), sum(s."firstTouchOwner"[5]), sum(s."firstTouchOwner"[6]), sum(s."firstTouchOwner"[7]), sum(s."firstTouchOwner"[8]), sum(s."firstTouchOwner"[9]), sum(s."firstTouchOwner"[10]), sum(s."firstTouchOwner"[11]), sum(s."firstTouchOwner"[12]), sum(s."firstTouchOwner"[13]), sum(s."firstTouchOwner"[14]), sum(s."firstTouchOwner"[15]), sum(s."firstTouchOwner"[16]), sum(s."firstTouchOwner"[17]), sum(s."firstTouchOwner"[18]), sum(s."firstTouchOwner"[19]), sum(s."firstTouchOwner"[20]), sum(s."firstTouchOwner"[21]), sum(s."firstTouchOwner"[22]), sum(s."firstTouchOwner"[23]), sum(s."firstTouchOwner"[24]), sum(s."firstTouchOwner"[25])]::int[],
      ARRAY[sum(s."lastTouchChannel"[1]), sum(s."lastTouchChannel"[2]), sum(s."lastTouchChannel"[3]), sum(s."lastTouchChannel"[4]), sum(s."lastTouchChannel"[5]), sum(s."lastTouchChannel"[6]), sum(s."lastTouchChannel"[7]), sum(s."lastTouchChannel"[8]), sum(s."lastTouchChannel"[9]), sum(s."lastTouchChannel"[10]), sum(s."lastTouchChannel"[11]), sum(s."lastTouchChannel"[12]), sum(s."lastTouchChannel"[13]), sum(s."lastTouchChannel"[14]), sum(s."lastTouchChannel"[15]), sum(s."lastTouchChannel"[16]), sum(s."lastTouchChannel"[17]), sum(s."lastTouchChannel"[18]), sum(s."lastTouchChannel"[19]), sum(s."lastTouchChannel"[20]), sum(s."lastTouchChannel"[21]), sum(s."lastTouchChannel"[22]), sum(s."lastTouchChannel"[23]), sum(s."lastTouchChannel"[24]), sum(s."lastTouchChannel"[25]), sum(s."lastTouchChannel"[26]), sum(s."lastTouchChannel"[27]), sum(s."lastTouchChannel"[28]), sum(s."lastTouchChannel"[29]), sum(s."lastTouchChannel"[30]), sum(s."lastTouchChannel"[31]), sum(s."lastTouchChannel"[32]), sum(s."lastTouchChannel"[33]), sum(s."lastTouchChannel"[34]), sum(s."lastTouchChannel"[35]), sum(s."lastTouchChannel"[36]), sum(s."lastTouchChannel"[37]), sum(s."lastTouchChannel"[38]), sum(s."lastTouchChannel"[39]), sum(s."lastTouchChannel"[40]), sum(s."lastTouchChannel"[41]), sum(s."lastTouchChannel"[42]), sum(s."lastTouchChannel"[43]), sum(s."lastTouchChannel"[44]), sum(s."lastTouchChannel"[45]), sum(s."lastTouchChannel"[46]), sum(s."lastTouchChannel"[47]), sum(s."lastTouchChannel"[48]), sum(s."lastTouchChannel"[49]), sum(s."lastTouchChannel"[50]), sum(s."lastTouchChannel"[51]), sum(s."lastTouchChannel"[52]), sum(s."lastTouchChannel"[53]), sum(s."lastTouchChannel"[54]), sum(s."lastTouchChannel"[55]), sum(s."lastTouchChannel"[56]), sum(s."lastTouchChannel"[57]), sum(s."lastTouchChannel"[58]), sum(s."lastTouchChannel"[59]), sum(s."lastTouchChannel"[60]), sum(s."lastTouchChannel"[61]), sum(s."lastTouchChannel"[62]), sum(s."lastTouchChannel"[63]), sum(s."lastTouchChannel"[64]), sum(s."lastTouchChannel"[65])]::int[],
      ARRAY[sum(s."lastTouchOwner"[1]), sum(s."lastTouchOwner"[2]), sum(s."lastTouchOwner"[3]), sum(s."lastTouchOwner"[4]), sum(s."lastTouchOwner"[5]), sum(s."lastTouchOwner"[6]), sum(s."lastTouchOwner"[7]), sum(s."lastTouchOwner"[8]), sum(s."lastTouchOwner"[9]), sum(s."lastTouchOwner"[10]), sum(s."lastTouchOwner"[11]), sum(s."lastTouchOwner"[12]), sum(s."lastTouchOwner"[13]), sum(s."lastTouchOwner"[14]), sum(s."lastTouchOwner"[15]), sum(s."lastTouchOwner"[16]), sum(s."lastTouchOwner"[17]), sum(s."lastTouchOwner"[18]), sum(s."lastTouchOwner"[19]), sum(s."lastTouchOwner"[20]), sum(s."lastTouchOwner"[21]), sum(s."lastTouchOwner"[22]), sum(s."lastTouchOwner"[23]), sum(s."lastTouchOwner"[24]), sum(s."lastTouchOwner"[25])]::int[],
      ARRAY[sum(s."lostCount"[1]), sum(s."lostCount"[2]), sum(s."lostCount"[3]), sum(s."lostCount"[4]), sum(s."lostCount"[5]), sum(s."lostCount"[6]), sum(s."lostCount"[7]), sum(s."lostCount"[8]), sum(s."lostCount"[9]), sum(s."lostCount"[10]), sum(s."lostCount"[11]), sum(s."lostCount"[12]), sum(s."lostCount"[13]), sum(s."lostCount"[14]), sum(s."lostCount"[15])]::int[],
      ARRAY[sum(s."openCount"[1]), sum(s."openCount"[2]), sum(s."openCount"[3]), sum(s."openCount"[4]), sum(s."openCount"[5]), sum(s."openCount"[6]), sum(s."openCount"[7]), sum(s."openCount"[8]), sum(s."openCount"[9]), sum(s."openCount"[10]), sum(s."openCount"[11]), sum(s."openCount"[12])]::int[],
      ARRAY[sum(s."openValue"[1]), sum(s."openValue"[2]), sum(s."openValue"[3]), sum(s."openValue"[4]), sum(s."openValue"[5]), sum(s."openValue"[6]), sum(s."openValue"[7]), sum(s."openValue"[8]), sum(s."openValue"[9]), sum(s."openValue"[10]), sum(s."openValue"[11]), sum(s."openValue"[12])]::bigint[],
      ARRAY[sum(s."wonCount"[1]), sum(s."wonCount"[2]), sum(s."wonCount"[3]), sum(s."wonCount"[4]), sum(s."wonCount"[5]), sum(s."wonCount"[6]), sum(s."wonCount"[7]), sum(s."wonCount"[8]), sum(s."wonCount"[9]), sum(s."wonCount"[10]), sum(s."wonCount"[11]), sum(s."wonCount"[12]), sum(s."wonCount"[13]), sum(s."wonCount"[14]), sum(s."wonCount"[15])]::int[],
      ARRAY[sum(s."wonSeconds"[1]), sum(s."wonSeconds"[2]), sum(s."wonSeconds"[3]), sum(s."wonSeconds"[4]), sum(s."wonSeconds"[5]), sum(s."wonSeconds"[6]), sum(s."wonSeconds"[7]), sum(s."wonSeconds"[8]), sum(s."wonSeconds"[9]), sum(s."wonSeconds"[10]), sum(s."wonSeconds"[11]), sum(s."wonSeconds"[12]), sum(s."wonSeconds"[13]), sum(s."wonSeconds"[14]), sum(s."wonSeconds"[15])]::float8[],
      ARRAY[sum(s."wonValue"[1]), sum(s."wonValue"[2]), sum(s."wonValue"[3]), sum(s."wonValue"[4]), sum(s."wonValue"[5]), sum(s."wonValue"[6]), sum(s."wonValue"[7]), sum(s."wonValue"[8]), sum(s."wonValue"[9]), sum(s."wonValue"[10]), sum(s."wonValue"[11]), sum(s."wonValue"[12]), sum(s."wonValue"[13]), sum(s."wonValue"[14]), sum(s."wonValue"[15])]::bigint[]
  FROM "LeadDayStat" s
  WHERE s.level = p_from_level AND s.day = p_day
    AND (p_level & 1 = 0 OR s."ownerKey" = p_owner)
    AND (p_level & 2 = 0 OR s."sourceChannel" = p_channel)
    AND (p_level & 4 = 0 OR s."campaignKey" = p_campaign)
  HAVING count(*) > 0;
$$;

CREATE TYPE reise_lead_cell AS (day date, owner uuid, channel "Channel", campaign uuid);

-- The cell of a lead with these columns: its day in the reporting zone, NO_KEY for no owner or campaign.
CREATE FUNCTION reise_lead_cell_of(p_created timestamptz, p_owner uuid, p_channel "Channel", p_campaign uuid) RETURNS reise_lead_cell
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW((p_created AT TIME ZONE 'Europe/Oslo')::date, coalesce(p_owner, '00000000-0000-0000-0000-000000000000'::uuid),
    p_channel, coalesce(p_campaign, '00000000-0000-0000-0000-000000000000'::uuid))::reise_lead_cell;
$$;

-- The cells of some leads, as they are now.
CREATE FUNCTION reise_lead_cells(p_leads uuid[]) RETURNS reise_lead_cell[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT reise_lead_cell_of("createdAt", "ownerId", "sourceChannel", "campaignId")), '{}')
  FROM "Lead" WHERE id = ANY (p_leads);
$$;

CREATE FUNCTION reise_lead_cell_refresh(p_cells reise_lead_cell[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  c reise_lead_cell;
  d date;
BEGIN
  -- The advisory lock per day (in day order, so two writers cannot deadlock) makes a second
  -- writer wait until the first has committed; its recompute then sees both changes.
  FOR d IN SELECT DISTINCT x.day FROM unnest(p_cells) x WHERE x.day IS NOT NULL ORDER BY x.day LOOP
    PERFORM pg_advisory_xact_lock(hashtext('LeadDayStat'), d - DATE '2000-01-01');
  END LOOP;
  FOR c IN SELECT DISTINCT * FROM unnest(p_cells) x WHERE x.day IS NOT NULL LOOP
    DELETE FROM "LeadDayStat"
    WHERE level = 7 AND day = c.day AND "ownerKey" = c.owner AND "sourceChannel" = c.channel AND "campaignKey" = c.campaign;
    INSERT INTO "LeadDayStat"
    SELECT * FROM reise_lead_day_facts(c.day::timestamp AT TIME ZONE 'Europe/Oslo', (c.day + 1)::timestamp AT TIME ZONE 'Europe/Oslo',
      c.owner, c.channel, c.campaign) f
    WHERE f.level = 7;
    PERFORM reise_lead_day_resum(c.day, 3::smallint, 7::smallint, c.owner, c.channel, '00000000-0000-0000-0000-000000000000'::uuid);
    PERFORM reise_lead_day_resum(c.day, 5::smallint, 7::smallint, c.owner, 'WEB', c.campaign);
  END LOOP;
  FOR c IN SELECT DISTINCT x.day, x.owner, x.channel, NULL::uuid FROM unnest(p_cells) x WHERE x.day IS NOT NULL LOOP
    PERFORM reise_lead_day_resum(c.day, 1::smallint, 3::smallint, c.owner, 'WEB', '00000000-0000-0000-0000-000000000000'::uuid);
    PERFORM reise_lead_day_resum(c.day, 2::smallint, 3::smallint, '00000000-0000-0000-0000-000000000000'::uuid, c.channel, '00000000-0000-0000-0000-000000000000'::uuid);
  END LOOP;
  FOR c IN SELECT DISTINCT x.day, NULL::uuid, NULL::"Channel", x.campaign FROM unnest(p_cells) x WHERE x.day IS NOT NULL LOOP
    PERFORM reise_lead_day_resum(c.day, 4::smallint, 5::smallint, '00000000-0000-0000-0000-000000000000'::uuid, 'WEB', c.campaign);
  END LOOP;
  FOR d IN SELECT DISTINCT x.day FROM unnest(p_cells) x WHERE x.day IS NOT NULL LOOP
    PERFORM reise_lead_day_resum(d, 0::smallint, 1::smallint, '00000000-0000-0000-0000-000000000000'::uuid, 'WEB', '00000000-0000-0000-0000-000000000000'::uuid);
  END LOOP;
END
$$;

-- Everything from scratch: after a bulk load that deferred the triggers (the seeder).
CREATE FUNCTION reise_lead_day_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "LeadDayStat";
  INSERT INTO "LeadDayStat" SELECT * FROM reise_lead_day_facts('-infinity', 'infinity');
END
$$;

-- On "Lead": the cells of the rows before and after the statement.
CREATE FUNCTION reise_lead_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM reise_lead_cell_refresh(ARRAY(
      SELECT DISTINCT reise_lead_cell_of("createdAt", "ownerId", "sourceChannel", "campaignId") FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM reise_lead_cell_refresh(ARRAY(
      SELECT DISTINCT reise_lead_cell_of("createdAt", "ownerId", "sourceChannel", "campaignId") FROM old_rows));
  ELSE
    -- Only rows whose figures changed: touching lastActivityAt, score or notes costs nothing here.
    PERFORM reise_lead_cell_refresh(ARRAY(
      SELECT DISTINCT unnest(ARRAY[
        reise_lead_cell_of(o."createdAt", o."ownerId", o."sourceChannel", o."campaignId"),
        reise_lead_cell_of(n."createdAt", n."ownerId", n."sourceChannel", n."campaignId")])
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."createdAt", o."ownerId", o."sourceChannel", o."campaignId", o.stage, o."firstResponseMinutes", o."firstResponseAt", o."closedAt",
             o."stageChangedAt", o."valueMinor", o."customerId")
        IS DISTINCT FROM (n."createdAt", n."ownerId", n."sourceChannel", n."campaignId", n.stage, n."firstResponseMinutes", n."firstResponseAt",
             n."closedAt", n."stageChangedAt", n."valueMinor", n."customerId")));
  END IF;
  RETURN NULL;
END
$$;

-- A follow-up that sent a proposal or booked a meeting moves a lost lead's furthest stage.
CREATE FUNCTION reise_follow_up_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  leads uuid[];
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  -- Each branch reads only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    leads := ARRAY(SELECT f."leadId" FROM new_rows f WHERE f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED'));
  ELSIF TG_OP = 'DELETE' THEN
    leads := ARRAY(SELECT f."leadId" FROM old_rows f WHERE f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED'));
  ELSE
    leads := ARRAY(
      SELECT f."leadId" FROM old_rows f WHERE f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED')
      UNION SELECT f."leadId" FROM new_rows f WHERE f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED'));
  END IF;
  IF cardinality(leads) > 0 THEN
    PERFORM reise_lead_cell_refresh(reise_lead_cells(ARRAY(SELECT id FROM "Lead" WHERE stage = 'LOST' AND id = ANY (leads))));
  END IF;
  RETURN NULL;
END
$$;

-- Staff closing a lead as lost record the stage it was lost from.
CREATE FUNCTION reise_audit_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  leads uuid[];
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  leads := ARRAY(
    SELECT l.id FROM "Lead" l
    WHERE l.id::text IN (
      SELECT a."entityId" FROM new_rows a
      WHERE a."entityType" = 'Lead' AND a.action = 'lead.stage_changed' AND a.data->>'to' = 'LOST'));
  IF cardinality(leads) > 0 THEN
    PERFORM reise_lead_cell_refresh(reise_lead_cells(leads));
  END IF;
  RETURN NULL;
END
$$;

-- A won lead's attribution changes with its inbound touchpoints.
CREATE FUNCTION reise_touchpoint_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  leads uuid[];
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  -- Each branch reads only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    leads := ARRAY(SELECT t."leadId" FROM new_rows t WHERE t."leadId" IS NOT NULL AND t.direction = 'INBOUND');
  ELSIF TG_OP = 'DELETE' THEN
    leads := ARRAY(SELECT t."leadId" FROM old_rows t WHERE t."leadId" IS NOT NULL AND t.direction = 'INBOUND');
  ELSE
    -- The lead before and after a change, for each side that is an inbound touchpoint of a lead.
    leads := ARRAY(
      SELECT DISTINCT side.lead FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o."leadId", o.direction), (n."leadId", n.direction)) side(lead, direction)
      WHERE side.lead IS NOT NULL AND side.direction = 'INBOUND'
        AND (o."leadId", o.direction, o."occurredAt", o.channel, o.owner) IS DISTINCT FROM (n."leadId", n.direction, n."occurredAt", n.channel, n.owner));
  END IF;
  IF cardinality(leads) > 0 THEN
    PERFORM reise_lead_cell_refresh(reise_lead_cells(ARRAY(SELECT id FROM "Lead" WHERE stage = 'WON' AND id = ANY (leads))));
  END IF;
  RETURN NULL;
END
$$;

-- A customer whose currency changes moves their leads' money to another column.
CREATE FUNCTION reise_customer_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  leads uuid[];
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  leads := ARRAY(
    SELECT l.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "Lead" l ON l."customerId" = n.id
    WHERE o.currency IS DISTINCT FROM n.currency);
  IF cardinality(leads) > 0 THEN
    PERFORM reise_lead_cell_refresh(reise_lead_cells(leads));
  END IF;
  RETURN NULL;
END
$$;

-- Recompute the purchase figures of the given customers from their orders.
CREATE FUNCTION reise_customer_purchases_refresh(p_customers uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Customer" c
  SET "firstOrderAt" = p.first_at, "orderCount" = coalesce(p.orders, 0)
  FROM (SELECT id FROM unnest(p_customers) id) ids
  LEFT JOIN LATERAL (
    SELECT min(o."placedAt") AS first_at, count(*)::int AS orders
    FROM "Order" o WHERE o."customerId" = ids.id AND o.milestone <> 'CANCELLED'
  ) p ON TRUE
  WHERE c.id = ids.id
    AND (c."firstOrderAt", c."orderCount") IS DISTINCT FROM (p.first_at, coalesce(p.orders, 0));
$$;

-- A bulk loader may defer it like the day rows (reise.defer_lead_day_stats) and refresh everyone at the end.
CREATE FUNCTION reise_order_purchases_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  -- Each branch reads only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    PERFORM reise_customer_purchases_refresh(ARRAY(SELECT DISTINCT n."customerId" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM reise_customer_purchases_refresh(ARRAY(SELECT DISTINCT o."customerId" FROM old_rows o));
  ELSE
    -- The customer before and after, for each order whose figures changed.
    PERFORM reise_customer_purchases_refresh(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o."customerId", n."customerId"]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."customerId", o."placedAt", o.milestone = 'CANCELLED') IS DISTINCT FROM (n."customerId", n."placedAt", n.milestone = 'CANCELLED')));
  END IF;
  RETURN NULL;
END
$$;

-- Everyone at once: existing databases now, the seeder after its bulk load.
CREATE FUNCTION reise_customer_purchases_rebuild() RETURNS void
LANGUAGE sql AS $$
  UPDATE "Customer" c
  SET "firstOrderAt" = p.first_at, "orderCount" = p.orders
  FROM (
    SELECT o."customerId", min(o."placedAt") AS first_at, count(*)::int AS orders
    FROM "Order" o WHERE o.milestone <> 'CANCELLED' GROUP BY o."customerId"
  ) p
  WHERE c.id = p."customerId" AND (c."firstOrderAt", c."orderCount") IS DISTINCT FROM (p.first_at, p.orders);
$$;

-- Triggers. Statement-level, with transition tables: one refresh per statement.
CREATE TRIGGER "Lead_day_stats_insert" AFTER INSERT ON "Lead"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();
CREATE TRIGGER "Lead_day_stats_update" AFTER UPDATE ON "Lead"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();
CREATE TRIGGER "Lead_day_stats_delete" AFTER DELETE ON "Lead"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();
CREATE TRIGGER "FollowUp_day_stats_insert" AFTER INSERT ON "FollowUp"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "FollowUp_day_stats_update" AFTER UPDATE ON "FollowUp"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "FollowUp_day_stats_delete" AFTER DELETE ON "FollowUp"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "AuditLog_day_stats_insert" AFTER INSERT ON "AuditLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_audit_day_trigger();
CREATE TRIGGER "Touchpoint_day_stats_insert" AFTER INSERT ON "Touchpoint"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_touchpoint_day_trigger();
CREATE TRIGGER "Touchpoint_day_stats_update" AFTER UPDATE ON "Touchpoint"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_touchpoint_day_trigger();
CREATE TRIGGER "Touchpoint_day_stats_delete" AFTER DELETE ON "Touchpoint"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_touchpoint_day_trigger();
CREATE TRIGGER "Customer_day_stats_update" AFTER UPDATE ON "Customer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_customer_day_trigger();
CREATE TRIGGER "Order_purchases_insert" AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();
CREATE TRIGGER "Order_purchases_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();
CREATE TRIGGER "Order_purchases_delete" AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_order_purchases_trigger();

-- Fill both for an existing database, with statistics for the planner (PGlite has no autovacuum).
SELECT reise_customer_purchases_rebuild();
SELECT reise_lead_day_rebuild();
ANALYZE "Customer";
ANALYZE "LeadDayStat";
