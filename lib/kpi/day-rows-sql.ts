import { Channel, Currency, TouchpointOwner } from "@/generated/prisma/enums";
import { CONVERSION_WINDOW_OPTIONS } from "./filters";
import { REPORTING_TIME_ZONE } from "./reporting";
import { RESPONSE_BUCKET_BOUNDS, STAGE_TIME_BOUNDS } from "./response-histogram";

// The generator of the day rows' SQL (LeadDayStat, docs/kpis.md "Performance"). The rows hold
// hundreds of counters (histogram buckets, per window, per currency, per channel); written by hand
// they drift from the TypeScript that reads them. Everything here comes from the constants the
// readers use: the histogram bounds, the conversion windows, the enums, the reporting zone. Nothing
// Settings can change is spelled here: a lead carries the SLA promise it was measured against
// (Lead.slaMinutes) and the stage it was lost from (Lead.lostFromStage).
// The newest migration with "-- generated:start/end" markers holds this output, and
// lib/kpi/day-rows-sql.test.ts checks it is current. A change here goes into a new migration: copy
// the markers into it and run that test with UPDATE_DAY_ROWS_SQL=1.

export const NO_KEY = "00000000-0000-0000-0000-000000000000";
const NO = `'${NO_KEY}'::uuid`;
const CHANNELS = Object.values(Channel);
const OWNERS = Object.values(TouchpointOwner);
const CURRENCIES = Object.values(Currency);
const LOST_FROM = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
const WINDOW_SECONDS = CONVERSION_WINDOW_OPTIONS.map((days) => days * 86400);

/** The columns of LeadDayStat after the keys and the level, in the order the resum writes them. */
export const DAY_ROW_COLUMNS = {
  leads: 1,
  answered: 1,
  closedUnanswered: 1,
  withinSla: 1,
  responseBuckets: RESPONSE_BUCKET_BOUNDS.length + 1,
  lostFurthest: (1 + CONVERSION_WINDOW_OPTIONS.length) * LOST_FROM.length,
  lostMinutes: STAGE_TIME_BOUNDS.length + 1,
  openStages: LOST_FROM.length,
  proposalMinutes: STAGE_TIME_BOUNDS.length + 1,
  qualifiedMinutes: STAGE_TIME_BOUNDS.length + 1,
  wonMinutes: STAGE_TIME_BOUNDS.length + 1,
  firstTouchChannel: CONVERSION_WINDOW_OPTIONS.length * (CHANNELS.length + 1),
  firstTouchOwner: CONVERSION_WINDOW_OPTIONS.length * (OWNERS.length + 1),
  lastTouchChannel: CONVERSION_WINDOW_OPTIONS.length * (CHANNELS.length + 1),
  lastTouchOwner: CONVERSION_WINDOW_OPTIONS.length * (OWNERS.length + 1),
  lostCount: CONVERSION_WINDOW_OPTIONS.length * CURRENCIES.length,
  openCount: LOST_FROM.length * CURRENCIES.length,
  openValue: LOST_FROM.length * CURRENCIES.length,
  wonCount: CONVERSION_WINDOW_OPTIONS.length * CURRENCIES.length,
  wonSeconds: CONVERSION_WINDOW_OPTIONS.length * CURRENCIES.length,
  wonValue: CONVERSION_WINDOW_OPTIONS.length * CURRENCIES.length,
} as const;

const SCALAR = new Set(["leads", "answered", "closedUnanswered", "withinSla"]);
const TYPE: Record<string, string> = { openValue: "bigint", wonValue: "bigint", wonSeconds: "float8" };

const q = (s: string) => `'${s}'`;
const array = (items: string[], type = "int") => `ARRAY[${items.join(", ")}]::${type}[]`;
const count = (where: string) => `count(*) FILTER (WHERE ${where})`;
const total = (what: string, where: string) => `coalesce(sum(${what}) FILTER (WHERE ${where}), 0)`;
const stageBuckets = (stage: string) =>
  array(
    STAGE_TIME_BOUNDS.map((_, k) => k)
      .concat(STAGE_TIME_BOUNDS.length)
      .map((k) => count(`l.stage = ${q(stage)} AND l.stage_bucket = ${k}`)),
  );
const perWindow = (fn: (seconds: number) => string[]) => WINDOW_SECONDS.flatMap(fn);
const wonIn = (s: number) => `l.stage = 'WON' AND l.close_seconds <= ${s}`;
const touch = (column: string, values: readonly string[]) =>
  array(
    perWindow((s) => [
      ...values.map((v) => count(`${wonIn(s)} AND l.${column} = ${q(v)}`)),
      count(`${wonIn(s)} AND l.${column} IS NULL`),
    ]),
  );
const perCurrency = (fn: (where: string) => string, where: string) =>
  CURRENCIES.map((c) => fn(`${where} AND l.currency = ${q(c)}`));
const negatedStageBounds = `ARRAY[${[...STAGE_TIME_BOUNDS]
  .reverse()
  .map((b) => -b)
  .join(", ")}]::float8[]`;
const stageBucket = (since: string) =>
  `${STAGE_TIME_BOUNDS.length} - width_bucket(-date_part('epoch', x."${since}" - x."createdAt") / 60, ${negatedStageBounds})`;

/**
 * reise_lead_day_facts: the rows of the leads created in [p_from, p_to), optionally of one cell.
 * PL/pgSQL, so that its plan is made once per connection: as a SQL function it was inlined into
 * every query that read it and planned there each time (30 ms on PGlite, against 0.2 ms to run it
 * for today's leads), in each dashboard card that reads today and in each write's trigger. Its
 * one statement takes the generic plan: PostgreSQL otherwise plans it again for each call's
 * parameters (20–60 ms at 100k customers, against 2 ms to run), and its callers all read a
 * day or less (a ragged end of a range, one cell in a trigger), which that plan serves.
 */
export function leadDayFactsSql(): string {
  return factsFunction("all");
}

/**
 * reise_lead_day_level_facts: the same rows of one level only (p_level), in one plain grouping. A
 * reader of a ragged range end needs one or two levels, and a write's trigger the finest row of one
 * cell; grouping by all seven sets cost three times as much (about 13 against 4 ms for 21 hours of
 * leads at 100k customers).
 */
export function leadDayLevelFactsSql(): string {
  return factsFunction("one");
}

// A key kept at p_level, or NULL (summed over) when the level drops it.
const keptAt = (bit: number, column: string) => `CASE WHEN p_level & ${bit} = ${bit} THEN l.${column} END`;

function factsFunction(levels: "all" | "one"): string {
  const keys =
    levels === "all"
      ? { owner: "l.owner", channel: "l.channel", campaign: "l.campaign" }
      : { owner: keptAt(1, "owner"), channel: keptAt(2, "channel"), campaign: keptAt(4, "campaign") };
  const columns = [
    `l.day, coalesce(${keys.owner}, ${NO}), coalesce(${keys.channel}, 'WEB'), coalesce(${keys.campaign}, ${NO})`,
    "count(*)::int, count(l.minutes)::int",
    `${count("l.minutes IS NULL AND l.stage IN ('WON', 'LOST')")}::int`,
    array(
      RESPONSE_BUCKET_BOUNDS.map((_, k) => k)
        .concat(RESPONSE_BUCKET_BOUNDS.length)
        .map((k) => count(`l.bucket = ${k}`)),
    ),
    "max(l.minutes)",
    "-- lostFurthest: the lost leads by the stage they were lost from, first all of them, then those lost",
    `-- within each window (${CONVERSION_WINDOW_OPTIONS.join(", ")} days)`,
    array(
      [Infinity, ...WINDOW_SECONDS].flatMap((s) =>
        LOST_FROM.map((_, k) =>
          count(`l.stage = 'LOST'${s === Infinity ? "" : ` AND l.close_seconds <= ${s}`} AND l.lost_from = ${k}`),
        ),
      ),
    ),
    "-- lostMinutes, openStages, proposalMinutes, qualifiedMinutes, wonMinutes",
    stageBuckets("LOST"),
    array(LOST_FROM.map((s) => count(`l.stage = ${q(s)}`))),
    stageBuckets("PROPOSAL"),
    stageBuckets("QUALIFIED"),
    stageBuckets("WON"),
    ...(levels === "all"
      ? [
          "-- level: the dimensions kept (owner 1, channel 2, campaign 4); GROUPING gives those summed over.",
          "(7 - GROUPING(l.campaign, l.channel, l.owner))::smallint",
        ]
      : ["p_level"]),
    "-- withinSla: against the promise the lead carries, the one in force when its clock started.",
    `${count("l.minutes <= l.sla")}::int`,
    `-- first/last touch channel and owner: per window, the wins in it by enum order, then "none".`,
    touch("first_channel", CHANNELS),
    touch("first_owner", OWNERS),
    touch("last_channel", CHANNELS),
    touch("last_owner", OWNERS),
    `-- lostCount, openCount, openValue, wonCount, wonSeconds, wonValue (per currency ${CURRENCIES.join(", ")};`,
    "-- open figures stage-major, the others window-major)",
    array(perWindow((s) => perCurrency(count, `l.stage = 'LOST' AND l.close_seconds <= ${s}`))),
    array(LOST_FROM.flatMap((stage) => perCurrency(count, `l.stage = ${q(stage)}`))),
    array(
      LOST_FROM.flatMap((stage) => perCurrency((w) => total("l.value", w), `l.stage = ${q(stage)}`)),
      "bigint",
    ),
    array(perWindow((s) => perCurrency(count, wonIn(s)))),
    array(
      perWindow((s) => perCurrency((w) => total("l.close_seconds", w), wonIn(s))),
      "float8",
    ),
    array(
      perWindow((s) => perCurrency((w) => total("l.value", w), wonIn(s))),
      "bigint",
    ),
  ];
  const select = columns.map((c, i) => (c.startsWith("--") || i === columns.length - 1 ? c : `${c},`));
  const [name, level] =
    levels === "all" ? ["reise_lead_day_facts", ""] : ["reise_lead_day_level_facts", "p_level smallint, "];
  const groupBy =
    levels === "all"
      ? `-- The finest rows; the same day per owner and channel, per owner and campaign; summed over all but one of
  -- owner, channel and campaign; and over all three.
  GROUP BY GROUPING SETS ((l.day, l.owner, l.channel, l.campaign), (l.day, l.owner, l.channel), (l.day, l.owner, l.campaign),
    (l.day, l.owner), (l.day, l.channel), (l.day, l.campaign), (l.day))`
      : `GROUP BY l.day, ${keys.owner}, ${keys.channel}, ${keys.campaign}`;
  return `CREATE OR REPLACE FUNCTION ${name}(
  ${level}p_from timestamptz, p_to timestamptz, p_owner uuid DEFAULT NULL, p_channel "Channel" DEFAULT NULL, p_campaign uuid DEFAULT NULL
) RETURNS SETOF "LeadDayStat"
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
  SELECT
    ${select.join("\n    ")}
  FROM (
    SELECT (x."createdAt" AT TIME ZONE '${REPORTING_TIME_ZONE}')::date AS day,
      touch.first_channel, touch.first_owner, touch.last_channel, touch.last_owner, cu.currency, x."valueMinor" AS value,
      date_part('epoch', x."closedAt" - x."createdAt") AS close_seconds, coalesce(x."ownerId", ${NO}) AS owner,
      x."sourceChannel" AS channel, coalesce(x."campaignId", ${NO}) AS campaign, x.stage, x."firstResponseMinutes" AS minutes,
      x."slaMinutes" AS sla,
      -- Bucket k holds (bound[k-1], bound[k]]: the number of bounds below the value.
      width_bucket(x."firstResponseMinutes" - 1, ARRAY[${RESPONSE_BUCKET_BOUNDS.join(", ")}]::int[]) AS bucket,
      -- Minutes from creation to closing (WON, LOST) or to the current stage (QUALIFIED, PROPOSAL), in
      -- the same kind of bucket; the bounds are negated so that width_bucket counts the bounds below.
      CASE WHEN x.stage IN ('WON', 'LOST') THEN ${stageBucket("closedAt")}
           WHEN x.stage IN ('QUALIFIED', 'PROPOSAL') THEN ${stageBucket("stageChangedAt")} END AS stage_bucket,
      -- The stage a lost lead was lost from, as stored on it when it was lost.
      CASE x."lostFromStage" ${LOST_FROM.map((s, k) => `WHEN ${q(s)} THEN ${k}`)
        .slice(1)
        .join(" ")} WHEN 'WON' THEN 3 ELSE 0 END AS lost_from
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
      AND (p_owner IS NULL OR coalesce(x."ownerId", ${NO}) = p_owner)
      AND (p_channel IS NULL OR x."sourceChannel" = p_channel)
      AND (p_campaign IS NULL OR coalesce(x."campaignId", ${NO}) = p_campaign)
    -- OFFSET 0 keeps this a subquery: inlined, each FILTER would compute the touchpoint lookup again.
    OFFSET 0
  ) l
  ${groupBy};
END
$$;`;
}

/** Each column of LeadDayStat summed over the rows s (arrays slot by slot), in column order, then responseMax. */
function summedColumns(): string[] {
  const sums = Object.entries(DAY_ROW_COLUMNS).map(([name, slots]) =>
    SCALAR.has(name)
      ? `sum(s."${name}")::int`
      : array(
          Array.from({ length: slots }, (_, k) => `sum(s."${name}"[${k + 1}])`),
          TYPE[name] ?? "int",
        ),
  );
  return [...sums, `max(s."responseMax")`];
}

const INSERT_COLUMNS = `level, day, "ownerKey", "sourceChannel", "campaignKey", ${Object.keys(DAY_ROW_COLUMNS)
  .map((n) => `"${n}"`)
  .join(", ")}, "responseMax"`;

/** reise_lead_day_resum: one coarser row of a day, summed from the finer rows it is made of. */
export function leadDayResumSql(): string {
  return `CREATE OR REPLACE FUNCTION reise_lead_day_resum(p_day date, p_level smallint, p_from_level smallint, p_owner uuid, p_channel "Channel", p_campaign uuid)
RETURNS void LANGUAGE sql AS $$
  DELETE FROM "LeadDayStat"
  WHERE level = p_level AND day = p_day AND "ownerKey" = p_owner AND "sourceChannel" = p_channel AND "campaignKey" = p_campaign;
  INSERT INTO "LeadDayStat" (${INSERT_COLUMNS})
  SELECT p_level, p_day, p_owner, p_channel, p_campaign,
    ${summedColumns().join(",\n    ")}
  FROM "LeadDayStat" s
  WHERE s.level = p_from_level AND s.day = p_day
    AND (p_level & 1 = 0 OR s."ownerKey" = p_owner)
    AND (p_level & 2 = 0 OR s."sourceChannel" = p_channel)
    AND (p_level & 4 = 0 OR s."campaignKey" = p_campaign)
  HAVING count(*) > 0;
$$;`;
}

/**
 * Month rows: level + MONTH_LEVEL_OFFSET, dated the first of the month, the sum of that level's
 * day rows in the month with the same key. A year's view reads twelve of them per key instead of
 * 365 day rows (server/analytics/lead-days.ts).
 */
export const MONTH_LEVEL_OFFSET = 8;
const monthOf = (day: string) => `(${day} - extract(day FROM ${day})::int + 1)`;

/** reise_lead_month_resum: one month row, summed from the day rows of its level, month and key. */
export function leadMonthResumSql(): string {
  return `CREATE OR REPLACE FUNCTION reise_lead_month_resum(p_month date, p_level smallint, p_owner uuid, p_channel "Channel", p_campaign uuid)
RETURNS void LANGUAGE sql AS $$
  DELETE FROM "LeadDayStat"
  WHERE level = p_level + ${MONTH_LEVEL_OFFSET} AND "ownerKey" = p_owner AND day = p_month AND "sourceChannel" = p_channel AND "campaignKey" = p_campaign;
  INSERT INTO "LeadDayStat" (${INSERT_COLUMNS})
  SELECT p_level + ${MONTH_LEVEL_OFFSET}, p_month, p_owner, p_channel, p_campaign,
    ${summedColumns().join(",\n    ")}
  FROM "LeadDayStat" s
  WHERE s.level = p_level AND s."ownerKey" = p_owner AND s.day >= p_month AND s.day < (p_month + interval '1 month')::date
    AND s."sourceChannel" = p_channel AND s."campaignKey" = p_campaign
  HAVING count(*) > 0;
$$;`;
}

/** reise_lead_month_rebuild: every month row again from the day rows (after a bulk load). */
export function leadMonthRebuildSql(): string {
  return `CREATE OR REPLACE FUNCTION reise_lead_month_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "LeadDayStat" WHERE level >= ${MONTH_LEVEL_OFFSET};
  INSERT INTO "LeadDayStat" (${INSERT_COLUMNS})
  SELECT s.level + ${MONTH_LEVEL_OFFSET}, ${monthOf("s.day")}, s."ownerKey", s."sourceChannel", s."campaignKey",
    ${summedColumns().join(",\n    ")}
  FROM "LeadDayStat" s
  WHERE s.level < ${MONTH_LEVEL_OFFSET}
  GROUP BY s.level, ${monthOf("s.day")}, s."ownerKey", s."sourceChannel", s."campaignKey";
$$;`;
}
