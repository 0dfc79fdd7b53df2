import "server-only";
import ical from "ical-generator";
import type { PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { isStaff } from "@/server/access/staff";
import { hashFeedToken, isFeedTokenShaped } from "./feed-token";

// The feed a calendar app polls: the owner's planned follow-ups on open leads, as 15-minute events.
// What it shows is decided at each request by the lead rule for the feed's owner as they are now
// (server/access/lead.ts), so a lead reassigned, won or lost leaves the calendar at the next poll,
// and a deactivated user's feed answers nothing. Each event carries only the customer's name and
// the interest, and a link to the lead: the rest stays behind the sign-in.
//
// Times are UTC (RFC 5545 form 2, "…Z"): every calendar shows them on its user's own clock, with
// no VTIMEZONE to get wrong. A lead is one event whose UID never changes, and whose SEQUENCE is the
// lead's version, so moving the follow-up moves the event instead of adding one.

/** Follow-ups further back than this are history, not plans. */
const PAST_DAYS = 30;
const MAX_EVENTS = 500;
const EVENT_MINUTES = 15;

export type FeedResult = { status: "ok"; ics: string } | { status: "gone" } | { status: "not_found" };

export async function readCalendarFeed(
  db: PrismaClient,
  token: string,
  now: Date,
  baseUrl: string,
): Promise<FeedResult> {
  if (!isFeedTokenShaped(token)) return { status: "not_found" };
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: {
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          timeZone: true,
          teamId: true,
          locale: true,
        },
      },
    },
  });
  if (!feed) return { status: "not_found" };
  if (feed.revokedAt) return { status: "gone" };
  const { user } = feed;
  const session: AppSession = {
    userId: user.id,
    role: user.role,
    email: user.email,
    name: user.name,
    locale: user.locale,
    timeZone: user.timeZone,
    teamId: user.teamId,
    customerId: null,
  };
  // A user switched off (or no longer staff) has no calendar: as if the link had been revoked.
  if (!user.active || !isStaff(session)) return { status: "gone" };

  const leads = await db.lead.findMany({
    where: {
      AND: [
        leadWhere(session),
        {
          ownerId: user.id,
          stage: { in: [...OPEN_STAGES] },
          nextFollowUpAt: { gte: new Date(now.getTime() - PAST_DAYS * 86_400_000) },
        },
      ],
    },
    orderBy: [{ nextFollowUpAt: "asc" }, { id: "asc" }],
    take: MAX_EVENTS,
    select: {
      id: true,
      version: true,
      interest: true,
      nextFollowUpAt: true,
      updatedAt: true,
      customer: { select: { name: true } },
    },
  });

  const calendar = ical({ name: "Reise", prodId: { company: "Reise", product: "follow-ups" }, ttl: 15 * 60 });
  for (const lead of leads) {
    const start = lead.nextFollowUpAt!;
    const url = `${baseUrl}/leads/${lead.id}`;
    calendar.createEvent({
      id: `lead-${lead.id}@reise`,
      sequence: lead.version,
      stamp: now,
      lastModified: lead.updatedAt,
      start,
      end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
      summary: `${lead.customer.name} — ${lead.interest}`,
      description: url,
      url,
    });
  }
  return { status: "ok", ics: calendar.toString() };
}
