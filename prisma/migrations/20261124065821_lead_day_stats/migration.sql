-- CreateTable
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

    CONSTRAINT "LeadDayStat_pkey" PRIMARY KEY ("day","ownerKey","sourceChannel","campaignKey")
);

-- Kept current by triggers: every statement that inserts, deletes or changes a
-- figure of some leads recomputes the days those leads were created on, from the
-- leads themselves. The day and the bucket bounds must match lib/kpi/reporting.ts
-- and lib/kpi/response-histogram.ts (server/analytics/lead-day-stats.test.ts).

-- The rows for the leads created in [p_from, p_to): the one definition of a LeadDayStat row.
CREATE FUNCTION reise_lead_day_facts(p_from timestamptz, p_to timestamptz) RETURNS SETOF "LeadDayStat"
LANGUAGE sql STABLE AS $$
  SELECT (l."createdAt" AT TIME ZONE 'Europe/Oslo')::date, coalesce(l."ownerId", '00000000-0000-0000-0000-000000000000'::uuid), l."sourceChannel", coalesce(l."campaignId", '00000000-0000-0000-0000-000000000000'::uuid),
    count(*)::int, count(l.minutes)::int,
    count(*) FILTER (WHERE l.minutes IS NULL AND l.stage IN ('WON', 'LOST'))::int,
    ARRAY[
      count(*) FILTER (WHERE l.bucket = 0),
      count(*) FILTER (WHERE l.bucket = 1),
      count(*) FILTER (WHERE l.bucket = 2),
      count(*) FILTER (WHERE l.bucket = 3),
      count(*) FILTER (WHERE l.bucket = 4),
      count(*) FILTER (WHERE l.bucket = 5),
      count(*) FILTER (WHERE l.bucket = 6),
      count(*) FILTER (WHERE l.bucket = 7),
      count(*) FILTER (WHERE l.bucket = 8),
      count(*) FILTER (WHERE l.bucket = 9),
      count(*) FILTER (WHERE l.bucket = 10),
      count(*) FILTER (WHERE l.bucket = 11),
      count(*) FILTER (WHERE l.bucket = 12),
      count(*) FILTER (WHERE l.bucket = 13),
      count(*) FILTER (WHERE l.bucket = 14),
      count(*) FILTER (WHERE l.bucket = 15),
      count(*) FILTER (WHERE l.bucket = 16),
      count(*) FILTER (WHERE l.bucket = 17),
      count(*) FILTER (WHERE l.bucket = 18),
      count(*) FILTER (WHERE l.bucket = 19),
      count(*) FILTER (WHERE l.bucket = 20),
      count(*) FILTER (WHERE l.bucket = 21),
      count(*) FILTER (WHERE l.bucket = 22),
      count(*) FILTER (WHERE l.bucket = 23),
      count(*) FILTER (WHERE l.bucket = 24),
      count(*) FILTER (WHERE l.bucket = 25),
      count(*) FILTER (WHERE l.bucket = 26),
      count(*) FILTER (WHERE l.bucket = 27),
      count(*) FILTER (WHERE l.bucket = 28)
    ]::int[],
    max(l.minutes)
  FROM (
    SELECT x."createdAt", x."ownerId", x."sourceChannel", x."campaignId", x.stage, x."firstResponseMinutes" AS minutes,
      -- Bucket k holds (bound[k-1], bound[k]]: the number of bounds below the value.
      width_bucket(x."firstResponseMinutes" - 1, ARRAY[0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 10080]::int[]) AS bucket
    FROM "Lead" x
    WHERE x."createdAt" >= p_from AND x."createdAt" < p_to
  ) l
  GROUP BY 1, 2, 3, 4
$$;

-- Recompute whole days. The advisory lock (per day, in day order, so two writers
-- cannot deadlock) makes a second writer wait until the first has committed; its
-- recompute then sees both changes.
CREATE FUNCTION reise_lead_day_refresh(p_days date[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  d date;
BEGIN
  FOR d IN SELECT DISTINCT x FROM unnest(p_days) x WHERE x IS NOT NULL ORDER BY x LOOP
    PERFORM pg_advisory_xact_lock(hashtext('LeadDayStat'), d - DATE '2000-01-01');
    DELETE FROM "LeadDayStat" WHERE day = d;
    INSERT INTO "LeadDayStat"
    SELECT * FROM reise_lead_day_facts(d::timestamp AT TIME ZONE 'Europe/Oslo', (d + 1)::timestamp AT TIME ZONE 'Europe/Oslo');
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

-- A bulk loader may set reise.defer_lead_day_stats = on for its transaction (SET LOCAL)
-- and call reise_lead_day_rebuild() when it is done.
CREATE FUNCTION reise_lead_day_trigger() RETURNS trigger
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
      WHERE (o."createdAt", o."ownerId", o."sourceChannel", o."campaignId", o."stage", o."firstResponseMinutes") IS DISTINCT FROM (n."createdAt", n."ownerId", n."sourceChannel", n."campaignId", n."stage", n."firstResponseMinutes")));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Lead_day_stats_insert" AFTER INSERT ON "Lead"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();
CREATE TRIGGER "Lead_day_stats_update" AFTER UPDATE ON "Lead"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();
CREATE TRIGGER "Lead_day_stats_delete" AFTER DELETE ON "Lead"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reise_lead_day_trigger();

-- Existing databases: fill it once, with statistics for the planner (PGlite has no autovacuum).
SELECT reise_lead_day_rebuild();
ANALYZE "LeadDayStat";
