import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { JourneyStage, Locale, LoyaltyTier } from "@/generated/prisma/enums";
import { customerEmailSchema, customerPhoneSchema, oneLineText } from "@/lib/validation/touchpoint-ingest";
import { multiLine } from "@/lib/validation/plain-text";
import { customerListSql } from "@/server/access/customer";
import { authorizeCustomer } from "@/server/access/customer-access";
import { createCustomer, updateCustomer, type CustomerWriteResult } from "@/server/customers/write-service";
import { restListPage } from "./list";
import { conflict, defineOperation, notFound, type RestAnswer } from "./operation";
import { idSchema, instantOut, iso, pageOf, pageQuery } from "./schemas";

// /api/v1/customers: list, read, create, correct. Erased customers are left out of the list and
// read as "Erased customer" (their links keep working), as on the customer page.

export const customerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable().meta({ description: "E.164, e.g. +4791234567." }),
    city: z.string().nullable(),
    locale: z.enum(Locale),
    teamId: z.uuid().nullable(),
    journeyStage: z.enum(JourneyStage),
    loyaltyTier: z.enum(LoyaltyTier),
    externalId: z.string().nullable().meta({ description: "Your system's id for the customer." }),
    erased: z.boolean().meta({ description: "Erased on request (GDPR): personal data is gone." }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: "Customer" });

const SELECT = {
  id: true,
  name: true,
  email: true,
  phone: true,
  city: true,
  locale: true,
  teamId: true,
  journeyStage: true,
  loyaltyTier: true,
  externalId: true,
  erasedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CustomerSelect;

type Row = Prisma.CustomerGetPayload<{ select: typeof SELECT }>;

function toDto({ erasedAt, createdAt, updatedAt, ...row }: Row) {
  return {
    ...row,
    erased: erasedAt !== null,
    createdAt: iso(new Date(createdAt)),
    updatedAt: iso(new Date(updatedAt)),
  };
}

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const notes = z.string().max(8000).transform(multiLine).pipe(z.string().max(4000));
const fields = {
  name: oneLineText(120),
  email: nullable(customerEmailSchema),
  phone: nullable(customerPhoneSchema),
  city: nullable(oneLineText(120)),
  locale: z.enum(Locale).optional(),
  externalId: nullable(oneLineText(200)),
  notes: nullable(notes),
};
const createBody = z.object(fields).strict().meta({ id: "CustomerCreate" });
const patchBody = z
  .object({ ...fields, name: fields.name.optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "send at least one field")
  .meta({ id: "CustomerPatch" });
const customerParams = z.object({ customerId: idSchema });

async function answerWith(result: CustomerWriteResult, status: number, read: (id: string) => Promise<RestAnswer>) {
  if (result.ok) return { ...(await read(result.id)), status } as RestAnswer;
  if (result.reason === "exists")
    return conflict(
      `Another customer has this email or phone${result.existingId ? ` (${result.existingId})` : ""}; update that one instead.`,
    );
  if (result.reason === "erased") return conflict("This customer was erased; their data cannot be written again.");
  return notFound("customer");
}

export const listCustomers = defineOperation({
  method: "GET",
  path: "/api/v1/customers",
  operationId: "listCustomers",
  summary: "List customers",
  description: "Newest first. `email` finds the customers with exactly that address.",
  tag: "Customers",
  scope: { resource: "customers", access: "read" },
  query: pageQuery.extend({ email: customerEmailSchema.optional().meta({ description: "Exact email address." }) }),
  responses: { 200: { description: "A page of customers.", schema: pageOf(customerSchema, "CustomerPage") } },
  run: ({ db, session, query }) =>
    restListPage<Row>(db, {
      tag: "api-customers",
      alias: "c",
      select: Prisma.sql`SELECT c.id, c.name, c.email, c.phone, c.city, c.locale::text AS locale, c."teamId",
        c."journeyStage"::text AS "journeyStage", c."loyaltyTier"::text AS "loyaltyTier", c."externalId",
        c."erasedAt", c."createdAt", c."updatedAt" FROM "Customer" c`,
      where: Prisma.sql`${customerListSql(session, "c")}${query.email ? Prisma.sql` AND c.email = ${query.email}` : Prisma.empty}`,
      limit: query.limit,
      cursor: query.cursor,
      toRow: toDto,
    }),
});

async function readCustomer(db: Parameters<typeof authorizeCustomer>[0], id: string): Promise<RestAnswer> {
  const row = await db.customer.findUnique({ where: { id }, select: SELECT });
  return row ? { status: 200, body: toDto(row) } : notFound("customer");
}

export const getCustomer = defineOperation({
  method: "GET",
  path: "/api/v1/customers/{customerId}",
  operationId: "getCustomer",
  summary: "Read a customer",
  tag: "Customers",
  scope: { resource: "customers", access: "read" },
  params: customerParams,
  responses: { 200: { description: "The customer.", schema: customerSchema } },
  problems: [404],
  run: async ({ db, session, params }) =>
    (await authorizeCustomer(db, session, params.customerId))
      ? readCustomer(db, params.customerId)
      : notFound("customer"),
});

export const createCustomerOp = defineOperation({
  method: "POST",
  path: "/api/v1/customers",
  operationId: "createCustomer",
  summary: "Create a customer",
  description: "A team's key makes customers of its team. One live customer per email and per phone: a clash is 409.",
  tag: "Customers",
  scope: { resource: "customers", access: "write" },
  body: createBody,
  responses: { 201: { description: "Created.", schema: customerSchema } },
  problems: [409],
  run: async ({ db, session, body, now }) => {
    const input = {
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      city: body.city ?? null,
      locale: body.locale ?? "nb",
      externalId: body.externalId ?? null,
      notes: body.notes ?? null,
    };
    return answerWith(await createCustomer(db, session, input, now), 201, (id) => readCustomer(db, id));
  },
});

export const patchCustomer = defineOperation({
  method: "PATCH",
  path: "/api/v1/customers/{customerId}",
  operationId: "updateCustomer",
  summary: "Correct a customer's details",
  description: "Only the fields sent change; `null` clears one.",
  tag: "Customers",
  scope: { resource: "customers", access: "write" },
  params: customerParams,
  body: patchBody,
  responses: { 200: { description: "The customer as it is now.", schema: customerSchema } },
  problems: [404, 409],
  run: async ({ db, session, params, body }) =>
    answerWith(await updateCustomer(db, session, params.customerId, body), 200, (id) => readCustomer(db, id)),
});
