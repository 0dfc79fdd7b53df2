import "server-only";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { Currency, Fulfilment, OrderMilestone, ProductCategory } from "@/generated/prisma/enums";
import { multiLine } from "@/lib/validation/plain-text";
import type { AppSession } from "@/server/auth/session";
import { orderSql, orderWhere } from "@/server/access/order";
import { advanceMilestone } from "@/server/orders/change-service";
import { sendOrderNotice } from "@/server/orders/notify";
import { keyCol } from "@/server/lists/keyset";
import { restListPage } from "./list";
import { conflict, defineOperation, notFound, type RestAnswer } from "./operation";
import { idSchema, instantOut, iso, isoOrNull, pageOf, pageQuery } from "./schemas";

// /api/v1/orders: list, read, move on to the next milestone. The milestone change is the staff
// page's (server/orders/change-service.ts): the allowed next steps for the order's kind, the
// timeline entry, loyalty points on delivery, automations, the audit row and the customer's e-mail.
// Staff-only fields (internal note, margin) are not part of the API.

export const orderSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    customerId: z.uuid(),
    leadId: z.uuid().nullable(),
    product: z.string(),
    category: z.enum(ProductCategory),
    totalMinor: z.number().int().meta({ description: "In minor units (øre, cents) of `currency`." }),
    currency: z.enum(Currency),
    milestone: z.enum(OrderMilestone),
    fulfilment: z.enum(Fulfilment),
    promisedDeliveryAt: instantOut.nullable(),
    expectedDeliveryAt: instantOut.nullable(),
    deliveredAt: instantOut.nullable(),
    placedAt: instantOut,
    version: z.number().int(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: "Order" });

const SELECT = {
  id: true,
  number: true,
  customerId: true,
  leadId: true,
  product: true,
  category: true,
  totalMinor: true,
  currency: true,
  milestone: true,
  fulfilment: true,
  promisedDeliveryAt: true,
  expectedDeliveryAt: true,
  deliveredAt: true,
  placedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrderSelect;
type Row = Prisma.OrderGetPayload<{ select: typeof SELECT }>;

const at = (v: Date | string | null) => (v === null ? null : new Date(v));
const toDto = (r: Row) => ({
  ...r,
  promisedDeliveryAt: isoOrNull(at(r.promisedDeliveryAt)),
  expectedDeliveryAt: isoOrNull(at(r.expectedDeliveryAt)),
  deliveredAt: isoOrNull(at(r.deliveredAt)),
  placedAt: iso(new Date(r.placedAt)),
  createdAt: iso(new Date(r.createdAt)),
  updatedAt: iso(new Date(r.updatedAt)),
});

async function readOrder(db: PrismaClient, session: AppSession, id: string): Promise<RestAnswer> {
  const row = await db.order.findFirst({ where: { AND: [{ id }, orderWhere(session)] }, select: SELECT });
  return row ? { status: 200, body: toDto(row) } : notFound("order");
}

const orderParams = z.object({ orderId: idSchema });

export const listOrders = defineOperation({
  method: "GET",
  path: "/api/v1/orders",
  operationId: "listOrders",
  summary: "List orders",
  description: "Newest placed first. Narrow by `customerId` or `milestone`.",
  tag: "Orders",
  scope: { resource: "orders", access: "read" },
  query: pageQuery.extend({ customerId: z.uuid().optional(), milestone: z.enum(OrderMilestone).optional() }),
  responses: { 200: { description: "A page of orders.", schema: pageOf(orderSchema, "OrderPage") } },
  run: ({ db, session, query }) =>
    restListPage<Row>(db, {
      tag: "api-orders",
      alias: "o",
      // Order(placedAt) serves it; an order's placedAt never changes, so pages stay stable.
      keys: [keyCol("placedAt", "desc", "ts"), keyCol("id", "desc", "uuid")],
      select: Prisma.sql`SELECT o.id, o.number, o."customerId", o."leadId", o.product, o.category::text AS category,
        o."totalMinor", o.currency::text AS currency, o.milestone::text AS milestone, o.fulfilment::text AS fulfilment,
        o."promisedDeliveryAt", o."expectedDeliveryAt", o."deliveredAt", o."placedAt", o.version, o."createdAt",
        o."updatedAt" FROM "Order" o`,
      where: Prisma.join(
        [
          orderSql(session, "o"),
          ...(query.customerId ? [Prisma.sql`o."customerId" = ${query.customerId}::uuid`] : []),
          ...(query.milestone ? [Prisma.sql`o.milestone = ${query.milestone}::"OrderMilestone"`] : []),
        ],
        " AND ",
      ),
      limit: query.limit,
      cursor: query.cursor,
      toRow: toDto,
    }),
});

export const getOrder = defineOperation({
  method: "GET",
  path: "/api/v1/orders/{orderId}",
  operationId: "getOrder",
  summary: "Read an order",
  tag: "Orders",
  scope: { resource: "orders", access: "read" },
  params: orderParams,
  responses: { 200: { description: "The order.", schema: orderSchema } },
  problems: [404],
  run: ({ db, session, params }) => readOrder(db, session, params.orderId),
});

export const patchOrder = defineOperation({
  method: "PATCH",
  path: "/api/v1/orders/{orderId}",
  operationId: "advanceOrderMilestone",
  summary: "Move an order to its next milestone",
  description:
    "Only a next step for the order's kind is allowed (409 otherwise). The customer is e-mailed, as when staff move it.",
  tag: "Orders",
  scope: { resource: "orders", access: "write" },
  params: orderParams,
  body: z
    .object({
      milestone: z.enum(OrderMilestone),
      reason: z.string().max(1000).transform(multiLine).pipe(z.string().max(500)).optional(),
      version: z.number().int().min(0).optional(),
    })
    .strict()
    .meta({ id: "OrderMilestoneMove" }),
  responses: { 200: { description: "The order as it is now.", schema: orderSchema } },
  problems: [404, 409],
  run: async ({ db, session, params, body, now }) => {
    const current = await db.order.findFirst({
      where: { AND: [{ id: params.orderId }, orderWhere(session)] },
      select: { version: true, milestone: true },
    });
    if (!current) return notFound("order");
    if (current.milestone === body.milestone) return readOrder(db, session, params.orderId);
    const input = {
      orderId: params.orderId,
      version: body.version ?? current.version,
      milestone: body.milestone,
      reason: body.reason ?? "",
    };
    const result = await advanceMilestone(db, session, input, now);
    if (!result.ok) {
      if (result.reason === "not_found") return notFound("order");
      return conflict(
        result.reason === "conflict"
          ? "The order changed since this version; read it again."
          : `${body.milestone} is not a next step from ${current.milestone} for this order.`,
      );
    }
    // After the commit, as the staff page does: a mail that fails does not undo the change.
    await sendOrderNotice(result.notice).catch((error) => console.error("[rest] order notice failed", error));
    return readOrder(db, session, params.orderId);
  },
});
