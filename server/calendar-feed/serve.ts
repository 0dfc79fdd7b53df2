import "server-only";
import { getDb } from "@/server/db";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { takeToken, type RateLimit } from "@/server/rate-limit/take-token";
import { hashFeedToken, isFeedTokenShaped } from "./feed-token";
import { readCalendarFeed } from "./read-feed";

// GET /api/calendar/<token>.ics. Public: calendar apps poll without a session, the token is the
// credential. Each link has its own limit in the shared bucket table: Google and Outlook poll every
// few minutes to hours, so 30 a minute is far above honest use and caps what a leaked link costs us.

const FEED_RATE: RateLimit = { perMinute: 30, burst: 10 };
const NO_STORE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export async function serveCalendarFeed(segment: string): Promise<Response> {
  const token = segment.endsWith(".ics") ? segment.slice(0, -4) : segment;
  if (!isFeedTokenShaped(token)) return new Response("Not found", { status: 404, headers: NO_STORE });
  const db = await getDb();
  const now = new Date();
  const rate = await takeToken(db, `calendar-feed:${hashFeedToken(token)}`, FEED_RATE, now);
  if (!rate.ok) {
    return new Response("Too many requests", {
      status: 429,
      headers: { ...NO_STORE, "Retry-After": String(rate.retryAfterSeconds) },
    });
  }
  const feed = await readCalendarFeed(db, token, now, appBaseUrl());
  if (feed.status === "not_found") return new Response("Not found", { status: 404, headers: NO_STORE });
  // Gone, not "not found": a calendar app may stop polling a link that says it is gone for good.
  if (feed.status === "gone") return new Response("Gone", { status: 410, headers: NO_STORE });
  return new Response(feed.ics, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="reise.ics"',
    },
  });
}
