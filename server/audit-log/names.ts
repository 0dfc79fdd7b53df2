import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { auditRefs, type RefType } from "@/lib/audit-format";

// The names an audit page shows, resolved for that page only: one `id IN (…)` query per kind of
// record named on the page (at most a page's worth of ids each), run together, never one per row.
// Names are read now, not stored in the entry: the entry keeps ids (names change, and an erased
// customer's name must go). An erased customer, and a lead or order of one, reads as erased.

export type AuditName = { name: string; erased?: boolean };
/** `${type}:${id}` → name; an id missing here was deleted (or never existed) and reads as such. */
export type AuditNames = Record<string, AuditName>;

type Row = { entityType: string; entityId: string | null; action: string; data: unknown };
type Found = { id: string; name: string; erased?: boolean }[];

const customerName = (c: { name: string; erasedAt: Date | null }) => ({ name: c.name, erased: c.erasedAt !== null });

const LOOKUPS: Record<RefType, (db: PrismaClient, ids: string[]) => Promise<Found>> = {
  user: (db, ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  team: (db, ids) => db.team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  customer: async (db, ids) =>
    (await db.customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, erasedAt: true } })).map(
      (c) => ({ id: c.id, ...customerName(c) }),
    ),
  lead: async (db, ids) =>
    (
      await db.lead.findMany({
        where: { id: { in: ids } },
        select: { id: true, customer: { select: { name: true, erasedAt: true } } },
      })
    ).map((l) => ({ id: l.id, ...customerName(l.customer) })),
  order: async (db, ids) =>
    (
      await db.order.findMany({
        where: { id: { in: ids } },
        select: { id: true, number: true, customer: { select: { erasedAt: true } } },
      })
    ).map((o) => ({ id: o.id, name: o.number, erased: o.customer.erasedAt !== null })),
  campaign: (db, ids) => db.campaign.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  lostReason: async (db, ids) =>
    (await db.lostReason.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } })).map((r) => ({
      id: r.id,
      name: r.label,
    })),
  apiKey: async (db, ids) =>
    (await db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, prefix: true } })).map(
      (k) => ({ id: k.id, name: `${k.name} (${k.prefix}…)` }),
    ),
  segment: (db, ids) => db.segment.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  template: (db, ids) => db.messageTemplate.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  automation: (db, ids) => db.automationRule.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  webhook: async (db, ids) =>
    (await db.webhookEndpoint.findMany({ where: { id: { in: ids } }, select: { id: true, url: true } })).map((w) => ({
      id: w.id,
      name: w.url,
    })),
  webForm: (db, ids) => db.webForm.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  milestoneContent: async (db, ids) =>
    (await db.milestoneContent.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map(
      (m) => ({ id: m.id, name: m.title }),
    ),
};

export async function resolveAuditNames(db: PrismaClient, rows: Row[]): Promise<AuditNames> {
  const refs = [...auditRefs(rows)].filter(([, ids]) => ids.size > 0);
  const found = await Promise.all(refs.map(([type, ids]) => LOOKUPS[type](db, [...ids])));
  const names: AuditNames = {};
  refs.forEach(([type], i) => {
    for (const r of found[i]) names[`${type}:${r.id}`] = r.erased ? { name: "", erased: true } : { name: r.name };
  });
  return names;
}
