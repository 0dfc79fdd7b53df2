-- Coarser rows next to the finest ones: the same day summed over owner, channel or
-- campaign, or over all three. A year of the whole company is 365 rows at level 0
-- instead of some 23,000 at level 7. The rows are rebuilt below.
DELETE FROM "LeadDayStat";

-- AlterTable
ALTER TABLE "LeadDayStat" DROP CONSTRAINT "LeadDayStat_pkey",
ADD COLUMN     "level" SMALLINT NOT NULL,
ADD COLUMN     "withinSla" INTEGER NOT NULL,
ADD CONSTRAINT "LeadDayStat_pkey" PRIMARY KEY ("level", "day", "ownerKey", "sourceChannel", "campaignKey");

DROP FUNCTION reise_lead_day_facts(timestamptz, timestamptz);

CREATE FUNCTION reise_lead_day_facts(p_from timestamptz, p_to timestamptz) RETURNS SETOF "LeadDayStat"
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
    count(*) FILTER (WHERE l.minutes <= l.sla)::int
  FROM (
    SELECT (x."createdAt" AT TIME ZONE 'Europe/Oslo')::date AS day, coalesce(x."ownerId", '00000000-0000-0000-0000-000000000000'::uuid) AS owner,
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
    WHERE x."createdAt" >= p_from AND x."createdAt" < p_to
    -- OFFSET 0 keeps this a subquery: inlined, each FILTER below would look up a lost lead's audit rows again.
    OFFSET 0
  ) l
  -- The finest rows, and the same day summed over all but one of owner, channel and campaign, and over all three.
  GROUP BY GROUPING SETS ((l.day, l.owner, l.channel, l.campaign), (l.day, l.owner), (l.day, l.channel), (l.day, l.campaign), (l.day))
$$;

-- Delete a day level by level, along the primary key (level, day, …).
CREATE OR REPLACE FUNCTION reise_lead_day_refresh(p_days date[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  d date;
BEGIN
  FOR d IN SELECT DISTINCT x FROM unnest(p_days) x WHERE x IS NOT NULL ORDER BY x LOOP
    PERFORM pg_advisory_xact_lock(hashtext('LeadDayStat'), d - DATE '2000-01-01');
    DELETE FROM "LeadDayStat" WHERE level IN (0, 1, 2, 4, 7) AND day = d;
    INSERT INTO "LeadDayStat"
    SELECT * FROM reise_lead_day_facts(d::timestamp AT TIME ZONE 'Europe/Oslo', (d + 1)::timestamp AT TIME ZONE 'Europe/Oslo');
  END LOOP;
END
$$;

SELECT reise_lead_day_rebuild();
ANALYZE "LeadDayStat";
