import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";

// Which category × milestone × language combinations have waiting-room content, so a manager sees
// the gaps (a Danish customer waiting on a kitchen in production reads nothing) without opening
// each of the 144 combinations. One grouped count over the small content table.

/** `${category}-${milestone}-${locale}` → number of items; a missing key is a gap. */
export type ContentCoverage = Record<string, number>;

export const coverageKey = (category: string, milestone: string, locale: string) =>
  `${category}-${milestone}-${locale}`;

export async function getContentCoverage(db: PrismaClient, session: AppSession): Promise<ContentCoverage | null> {
  if (session.role !== "MANAGER") return null;
  const groups = await db.milestoneContent.groupBy({
    by: ["category", "milestone", "locale"],
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [coverageKey(g.category, g.milestone, g.locale), g._count._all]));
}
