import "server-only";
// The core translator, without React: jobs and scripts compose text outside any request.
import { createTranslator } from "use-intl/core";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AppLocale } from "@/i18n/locales";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { loadMessages } from "@/messages";
import { leadSql } from "@/server/access/lead";
import type { AppSession } from "@/server/auth/session";

// A notification's words are composed when it is read, in the reader's language, from its kind,
// its lead and its data. The customer's name (and the link) appear only while the reader may
// still read the lead under the lead rule (server/access/lead.ts): a rep whose lead went to a
// colleague is told that it did, not shown it again. An erased customer's name is gone from the
// customer row, so it is gone here too.

export type NotificationRaw = {
  id: string;
  kind: NotificationKind;
  leadId: string | null;
  data: unknown;
  createdAt: Date;
  readAt: Date | null;
  customerName: string | null;
  mayOpen: boolean;
};

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  text: string;
  href: string | null;
  createdAt: string;
  read: boolean;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The columns and joins every notification read shares; `n` is the Notification alias. */
export function notificationSelect(session: AppSession): Prisma.Sql {
  return Prisma.sql`
    SELECT n.id::text, n.kind::text AS kind, n."leadId"::text AS "leadId", n.data, n."createdAt", n."readAt",
           CASE WHEN l.id IS NOT NULL AND ${leadSql(session, "l")} THEN c.name END AS "customerName",
           COALESCE(l.id IS NOT NULL AND ${leadSql(session, "l")}, FALSE) AS "mayOpen"
      FROM "Notification" n
      LEFT JOIN "Lead" l ON l.id = n."leadId"
      LEFT JOIN "Customer" c ON c.id = l."customerId"`;
}

export async function translatorFor(locale: AppLocale): Promise<Translate> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "notifications" }) as unknown as Translate;
}

export async function composeItems(
  db: PrismaClient,
  rows: NotificationRaw[],
  t: Translate,
  options: { firstNames?: boolean } = {},
): Promise<NotificationItem[]> {
  const names = await userNames(db, rows);
  // A lock screen shows the first name only (push); the bell and the mail show the whole name.
  const shown = (row: NotificationRaw) =>
    options.firstNames && row.customerName ? { ...row, customerName: row.customerName.split(/\s+/)[0] } : row;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: textFor(shown(row), names, t),
    href:
      row.kind === "WEBHOOK_DISABLED"
        ? "/settings/webhooks"
        : row.kind === "CUSTOMER_IMPORT"
          ? `/customers/import/${(row.data as Data | null)?.importId ?? ""}`
          : row.mayOpen && row.leadId
            ? `/leads/${row.leadId}`
            : null,
    createdAt: new Date(row.createdAt).toISOString(),
    read: row.readAt !== null,
  }));
}

type Data = {
  byUserId?: string;
  toUserId?: string;
  ownerId?: string;
  minutes?: number;
  via?: string;
  signal?: string;
  channel?: "EMAIL" | "SMS";
  host?: string;
  importId?: string;
  state?: "REVIEW" | "DONE" | "FAILED";
  file?: string;
  created?: number;
};

function textFor(row: NotificationRaw, names: Map<string, string>, t: Translate): string {
  const data = (row.data ?? {}) as Data;
  const customer = row.customerName ?? t("someone");
  const person = (id: string | undefined) => (id && names.get(id)) || t("aColleague");
  switch (row.kind) {
    case "LEAD_ASSIGNED":
      if (data.via === "escalation") return t("kind.LEAD_ASSIGNED_ESCALATION", { customer });
      return data.byUserId
        ? t("kind.LEAD_ASSIGNED_BY", { customer, by: person(data.byUserId) })
        : t("kind.LEAD_ASSIGNED", { customer });
    case "LEAD_REASSIGNED_AWAY":
      return t("kind.LEAD_REASSIGNED_AWAY", { customer, to: person(data.toUserId) });
    case "SLA_WARNING":
    case "SLA_ESCALATED":
      return t(`kind.${row.kind}`, {
        customer,
        minutes: data.minutes ?? 0,
        owner: data.ownerId ? person(data.ownerId) : t("nobody"),
      });
    case "MESSAGE_NOT_DELIVERED":
      return t("kind.MESSAGE_NOT_DELIVERED", { customer, channel: t(`messageChannel.${data.channel ?? "SMS"}`) });
    case "WEBHOOK_DISABLED":
      return t("kind.WEBHOOK_DISABLED", { host: data.host ?? "" });
    case "CUSTOMER_IMPORT":
      return t(`kind.CUSTOMER_IMPORT_${data.state ?? "DONE"}`, { file: data.file ?? "", created: data.created ?? 0 });
    case "CUSTOMER_WROTE":
      return t(data.signal === "ORDER_QUESTION" ? "kind.ORDER_QUESTION" : "kind.CUSTOMER_WROTE", { customer });
    default:
      return t(`kind.${row.kind}`, { customer });
  }
}

async function userNames(db: PrismaClient, rows: NotificationRaw[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    const data = (row.data ?? {}) as Data;
    for (const id of [data.byUserId, data.toUserId, data.ownerId]) if (id) ids.add(id);
  }
  if (ids.size === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The given notifications of one user, composed (the digest mail uses this). */
export async function composeNotifications(
  db: PrismaClient,
  input: { session: AppSession; ids: string[]; locale: AppLocale; firstNames?: boolean },
): Promise<{ items: NotificationItem[]; t: Translate }> {
  const t = await translatorFor(input.locale);
  if (input.ids.length === 0) return { items: [], t };
  const rows = await db.$queryRaw<NotificationRaw[]>`
    ${notificationSelect(input.session)}
     WHERE n."userId" = ${input.session.userId}::uuid AND n.id = ANY(${input.ids}::uuid[])
     ORDER BY n."createdAt" ASC, n.id ASC`;
  return { items: await composeItems(db, rows, t, { firstNames: input.firstNames }), t };
}
