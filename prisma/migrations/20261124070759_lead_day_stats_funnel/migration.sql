-- AlterTable
ALTER TABLE "LeadDayStat" ADD COLUMN     "lostFurthest" INTEGER[],
ADD COLUMN     "lostMinutes" INTEGER[],
ADD COLUMN     "openStages" INTEGER[],
ADD COLUMN     "proposalMinutes" INTEGER[],
ADD COLUMN     "qualifiedMinutes" INTEGER[],
ADD COLUMN     "wonMinutes" INTEGER[];

-- The funnel and conversion-by-source figures join speed to lead in LeadDayStat.
-- Same rule as before: one SQL function defines a row, triggers recompute the
-- days a write touched. A lost lead's furthest stage also depends on its audit
-- rows and follow-ups, so those tables get triggers too.

DROP FUNCTION reise_lead_day_facts(timestamptz, timestamptz);

CREATE FUNCTION reise_lead_day_facts(p_from timestamptz, p_to timestamptz) RETURNS SETOF "LeadDayStat"
LANGUAGE sql STABLE AS $$
  SELECT (l."createdAt" AT TIME ZONE 'Europe/Oslo')::date, coalesce(l."ownerId", '00000000-0000-0000-0000-000000000000'::uuid), l."sourceChannel", coalesce(l."campaignId", '00000000-0000-0000-0000-000000000000'::uuid),
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
    ARRAY[count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 0), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 1), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 2), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 3), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 4), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 5), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 6), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 7), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 8), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 9), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 10), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 11), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 12), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 13), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 14), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 15), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 16), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 17), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 18), count(*) FILTER (WHERE l.stage = 'WON' AND l.stage_bucket = 19)]::int[]
  FROM (
    SELECT x."createdAt", x."ownerId", x."sourceChannel", x."campaignId", x.stage, x."firstResponseMinutes" AS minutes,
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
  GROUP BY 1, 2, 3, 4
$$;

CREATE OR REPLACE FUNCTION reise_lead_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM reise_lead_day_refresh(ARRAY(SELECT (n."createdAt" AT TIME ZONE 'Europe/Oslo')::date FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM reise_lead_day_refresh(ARRAY(SELECT (o."createdAt" AT TIME ZONE 'Europe/Oslo')::date FROM old_rows o));
  ELSE
    -- Only rows whose figures changed: touching lastActivityAt, score or notes costs nothing here.
    PERFORM reise_lead_day_refresh(ARRAY(
      SELECT unnest(ARRAY[(o."createdAt" AT TIME ZONE 'Europe/Oslo')::date, (n."createdAt" AT TIME ZONE 'Europe/Oslo')::date])
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."createdAt", o."ownerId", o."sourceChannel", o."campaignId", o."stage", o."firstResponseMinutes", o."firstResponseAt", o."closedAt", o."stageChangedAt")
        IS DISTINCT FROM (n."createdAt", n."ownerId", n."sourceChannel", n."campaignId", n."stage", n."firstResponseMinutes", n."firstResponseAt", n."closedAt", n."stageChangedAt")));
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
    PERFORM reise_lead_day_refresh(ARRAY(
      SELECT ("createdAt" AT TIME ZONE 'Europe/Oslo')::date FROM "Lead" WHERE stage = 'LOST' AND id = ANY (leads)));
  END IF;
  RETURN NULL;
END
$$;

-- Staff closing a lead as lost record the stage it was lost from.
CREATE FUNCTION reise_audit_day_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('reise.defer_lead_day_stats', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM reise_lead_day_refresh(ARRAY(
    SELECT (l."createdAt" AT TIME ZONE 'Europe/Oslo')::date FROM "Lead" l
    WHERE l.id::text IN (
      SELECT a."entityId" FROM new_rows a
      WHERE a."entityType" = 'Lead' AND a.action = 'lead.stage_changed' AND a.data->>'to' = 'LOST')));
  RETURN NULL;
END
$$;


CREATE TRIGGER "FollowUp_day_stats_insert" AFTER INSERT ON "FollowUp"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "FollowUp_day_stats_update" AFTER UPDATE ON "FollowUp"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "FollowUp_day_stats_delete" AFTER DELETE ON "FollowUp"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_follow_up_day_trigger();
CREATE TRIGGER "AuditLog_day_stats_insert" AFTER INSERT ON "AuditLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_audit_day_trigger();

-- Fill the new columns, with fresh statistics.
SELECT reise_lead_day_rebuild();
ANALYZE "LeadDayStat";
