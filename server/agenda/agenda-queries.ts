import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { leadSql } from "@/server/access/lead";
import { assertStaff } from "@/server/access/staff";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { dayBounds } from "@/lib/agenda-day";
import { AGENDA_GROUPS, AGENDA_GROUP_LIMIT, QUESTION_KINDS, type AgendaGroupKey } from "@/lib/agenda-options";

// "My day": one rep's open leads that need them today, in four groups, each lead in one group only:
//   questions — a customer wrote to us (an order question on the portal, a reply by e-mail or SMS, a
//               chat) and the response clock runs since: the same leads that reach the lead list
//               through the inbound path, shown with what they asked;
//   overdue   — the follow-up we planned is in the past, or the response promise is broken;
//   today     — a follow-up planned for later today, on the rep's own clock;
//   soon      — the response clock runs out before the end of today.
// A question wins over the others: answering it is the follow-up. Leads the reader may not see
// (server/access/lead.ts) are never read, whichever rep a manager picks.

export type AgendaRow = {
  leadId: string;
  version: number;
  customerName: string;
  interest: string;
  stage: string;
  readiness: "HOT" | "WARM" | "SLOW";
  /** ISO instants. */
  nextFollowUpAt: string | null;
  waitingSince: string | null;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  firstResponseMinutes: number | null;
  /** The customer's newest unanswered message (questions only). */
  question: string | null;
};

export type AgendaGroup = { rows: AgendaRow[]; total: number };
export type Agenda = Record<AgendaGroupKey, AgendaGroup> & { repId: string; dayStart: string; dayEnd: string };

type Raw = Omit<AgendaRow, "nextFollowUpAt" | "waitingSince" | "slaDueAt" | "firstResponseAt"> &
  Record<"nextFollowUpAt" | "waitingSince" | "slaDueAt" | "firstResponseAt", Date | string | null> & {
    grp: AgendaGroupKey;
    total: number | bigint;
  };

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
const KINDS = Prisma.join(QUESTION_KINDS.map((k) => Prisma.sql`${k}::"TouchpointKind"`));

/** The agenda's SQL: one pass over the rep's open leads (Lead(ownerId, stage, slaDueAt, nextFollowUpAt)). */
export function agendaSql(session: AppSession, repId: string, now: Date, dayEnd: Date): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamptz`;
  const end = Prisma.sql`${dayEnd.toISOString()}::timestamptz`;
  return Prisma.sql`
    WITH candidates AS (
      SELECT l.id AS "leadId", l.version, l.interest, l.stage::text AS stage, l.readiness::text AS readiness,
             l."nextFollowUpAt", l."waitingSince", l."slaDueAt", l."firstResponseAt", l."firstResponseMinutes",
             c.name AS "customerName", q.summary AS question,
             CASE
               WHEN q.summary IS NOT NULL THEN 'questions'
               WHEN l."nextFollowUpAt" < ${at} OR (l."waitingSince" IS NOT NULL AND l."slaDueAt" <= ${at}) THEN 'overdue'
               WHEN l."nextFollowUpAt" < ${end} THEN 'today'
               WHEN l."waitingSince" IS NOT NULL AND l."slaDueAt" < ${end} THEN 'soon'
             END AS grp
        FROM "Lead" l
        JOIN "Customer" c ON c.id = l."customerId"
        LEFT JOIN LATERAL (
          SELECT t.summary FROM "Touchpoint" t
           WHERE t."leadId" = l.id AND t.direction = 'INBOUND' AND t.kind IN (${KINDS})
             AND t."occurredAt" >= l."waitingSince"
           ORDER BY t."occurredAt" DESC LIMIT 1
        ) q ON l."waitingSince" IS NOT NULL
       WHERE ${openStageSql("l")} AND ${leadSql(session, "l")} AND l."ownerId" = ${repId}::uuid
         AND (l."nextFollowUpAt" < ${end} OR l."waitingSince" IS NOT NULL)
    ), ranked AS (
      SELECT *, count(*) OVER (PARTITION BY grp) AS total,
             row_number() OVER (
               PARTITION BY grp
               ORDER BY CASE grp
                 WHEN 'questions' THEN "waitingSince"
                 WHEN 'overdue' THEN LEAST("nextFollowUpAt", CASE WHEN "waitingSince" IS NOT NULL THEN "slaDueAt" END)
                 WHEN 'today' THEN "nextFollowUpAt"
                 ELSE "slaDueAt" END, "leadId") AS rn
        FROM candidates WHERE grp IS NOT NULL
    )
    SELECT * FROM ranked WHERE rn <= ${AGENDA_GROUP_LIMIT} ORDER BY grp, rn`;
}

/**
 * The day of `repId` (managers may pick any rep; everyone else gets their own day whatever they
 * ask for), on the reader's own clock (User.timeZone). Throws for anyone who is not staff.
 */
export async function getAgenda(
  db: PrismaClient,
  session: AppSession | null,
  { repId }: { repId?: string | null },
  now: Date,
): Promise<Agenda> {
  assertStaff(session);
  const rep = session.role === "MANAGER" && repId ? repId : session.userId;
  const { start, end } = dayBounds(now, session.timeZone);
  const rows = await db.$queryRaw<Raw[]>(agendaSql(session, rep, now, end));
  const agenda = Object.fromEntries(AGENDA_GROUPS.map((g) => [g, { rows: [], total: 0 }])) as unknown as Record<
    AgendaGroupKey,
    AgendaGroup
  >;
  for (const { grp, total, nextFollowUpAt, waitingSince, slaDueAt, firstResponseAt, ...row } of rows) {
    agenda[grp].total = Number(total);
    agenda[grp].rows.push({
      ...row,
      version: Number(row.version),
      firstResponseMinutes: row.firstResponseMinutes === null ? null : Number(row.firstResponseMinutes),
      nextFollowUpAt: iso(nextFollowUpAt),
      waitingSince: iso(waitingSince),
      slaDueAt: iso(slaDueAt),
      firstResponseAt: iso(firstResponseAt),
    });
  }
  return { ...agenda, repId: rep, dayStart: start.toISOString(), dayEnd: end.toISOString() };
}
