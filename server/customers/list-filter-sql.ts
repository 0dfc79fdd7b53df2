import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { customerListSql } from "@/server/access/customer";
import { parseSearchTerms } from "@/lib/search/terms";
import { customerMatchSql } from "@/server/search/match-sql";
import type { SegmentAudienceFilters } from "@/lib/validation/customer-filters";
import { openStageSql } from "@/server/leads/open-stage-sql";

// Which customers a filter state means, as one SQL condition over "Customer" c. The list, the CSV
// export and segment previews all use it, so they can never disagree about who is in a filter.

const DAY_MS = 24 * 60 * 60 * 1000;
const ACTIVITY_DAYS = { "7d": 7, "30d": 30, "90d": 90 } as const;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** The customer (table alias `alias`) has an open lead. */
export const hasOpenLeadSql = (alias = "c") =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Lead" l WHERE l."customerId" = ${Prisma.raw(alias)}.id AND ${openStageSql("l")})`;
/** The customer currently consents to marketing email (the Consent row, not its history). */
export const hasMarketingConsentSql = (alias = "c") =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Consent" k WHERE k."customerId" = ${Prisma.raw(alias)}.id AND k.purpose = 'MARKETING_EMAIL' AND k.granted)`;

/** Dormant customers were last heard from before this moment (or never). */
export const dormantBefore = (now: Date) => new Date(now.getTime() - 90 * DAY_MS).toISOString();

/**
 * A segment's members (SegmentMember, put there by hand) are in it whatever its filters say (and
 * are all of it when it has no filters), but only inside `scope` and the marketing part: the
 * customer rule and marketing consent hold for them as for everyone else.
 * `scope` is who may see which customers: the customer rule's list form (server/access/customer.ts),
 * or one of its branches when the caller runs the branches apart (the list page, for the indexes).
 */
export function customerFilterSql(
  session: AppSession,
  f: SegmentAudienceFilters,
  now: Date,
  scope = customerListSql(session, "c"),
): Prisma.Sql {
  const outer: Prisma.Sql[] = [scope];
  const parts: Prisma.Sql[] = [];
  // The same reading of the text as the global search: folded word prefixes of name, e-mail and
  // phone ("muller" finds Müller, "0047 912…" the number), or an order number with or without its prefix.
  if (f.q) parts.push(customerMatchSql(parseSearchTerms(f.q)));
  // The values are cast to the enum, not the column to text: a cast column has no statistics, and
  // the planner then guesses how many customers match.
  if (f.tier.length)
    parts.push(Prisma.sql`c."loyaltyTier" IN (${Prisma.join(f.tier.map((t) => Prisma.sql`${t}::"LoyaltyTier"`))})`);
  if (f.stage.length)
    parts.push(Prisma.sql`c."journeyStage" IN (${Prisma.join(f.stage.map((t) => Prisma.sql`${t}::"JourneyStage"`))})`);
  if (f.owner === "mine") parts.push(Prisma.sql`c."ownerId" = ${session.userId}::uuid`);
  else if (f.owner === "unassigned") parts.push(Prisma.sql`c."ownerId" IS NULL`);
  // Only managers may look at one rep's customers; for anyone else the param is ignored, not trusted.
  else if (f.owner && session.role === "MANAGER") parts.push(Prisma.sql`c."ownerId" = ${f.owner}::uuid`);
  if (f.lead) parts.push(f.lead === "yes" ? hasOpenLeadSql() : Prisma.sql`NOT ${hasOpenLeadSql()}`);
  if (f.marketing)
    outer.push(f.marketing === "yes" ? hasMarketingConsentSql() : Prisma.sql`NOT ${hasMarketingConsentSql()}`);
  // A case-insensitive prefix, written so the index on lower(city) (migration customer_city_prefix)
  // reads it as a range: the planner folds lower('Fre') || '%' into the constant 'fre%'.
  if (f.city) parts.push(Prisma.sql`lower(c.city) LIKE lower(${likeEscape(f.city)}) || '%'`);
  if (f.activity === "dormant") {
    parts.push(Prisma.sql`(c."lastActivityAt" IS NULL OR c."lastActivityAt" < ${dormantBefore(now)}::timestamptz)`);
  } else if (f.activity) {
    const since = new Date(now.getTime() - ACTIVITY_DAYS[f.activity] * DAY_MS).toISOString();
    parts.push(Prisma.sql`c."lastActivityAt" >= ${since}::timestamptz`);
  }
  if (f.members) {
    const member = Prisma.sql`c.id IN (SELECT m."customerId" FROM "SegmentMember" m WHERE m."segmentId" = ${f.members}::uuid)`;
    // A segment saved without filters is everyone (a newsletter's "all who consent") until someone
    // adds customers by hand; from then on it is a hand-picked list, only them. Else "new segment,
    // add these three" would send to every customer.
    const matched = parts.length
      ? Prisma.join(parts, " AND ")
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "SegmentMember" m WHERE m."segmentId" = ${f.members}::uuid)`;
    return Prisma.join([...outer, Prisma.sql`((${matched}) OR ${member})`], " AND ");
  }
  return Prisma.join([...outer, ...parts], " AND ");
}
