import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import { firstNameOf, type TemplateValues } from "@/lib/messaging/render";

// The real values of a template's variables for one customer: the preview a rep sees, and what every
// send renders with. The product is what the open lead is about, else the newest order's product; the
// expected date is the newest undelivered order's expected (or promised) delivery, written the way the
// customer reads dates. Read after the caller's access check: this reads by id.

const DATE_LOCALE: Record<Locale, string> = { nb: "nb-NO", da: "da-DK", en: "en-GB" };
const DATE_ZONE: Record<Locale, string> = { nb: "Europe/Oslo", da: "Europe/Copenhagen", en: "Europe/Oslo" };

export type ValueContext = { customerId: string; leadId: string | null; repName: string | null };

/** What a caller has already read of the customer and the lead (the compose form's context), not read again. */
export type KnownValues = {
  customer: { name: string; locale: Locale; erasedAt: Date | null };
  /** The lead of `context.leadId`, read with its customer id; null when there is none. */
  lead: { interest: string | null } | null;
};

export async function templateValuesFor(
  db: Prisma.TransactionClient,
  context: ValueContext,
  known?: KnownValues,
): Promise<TemplateValues> {
  const [customer, lead, order] = await Promise.all([
    known
      ? known.customer
      : db.customer.findUnique({
          where: { id: context.customerId },
          select: { name: true, locale: true, erasedAt: true },
        }),
    known
      ? known.lead
      : context.leadId
        ? db.lead.findFirst({
            where: { id: context.leadId, customerId: context.customerId },
            select: { interest: true },
          })
        : null,
    db.order.findFirst({
      where: { customerId: context.customerId, milestone: { notIn: ["DELIVERED", "CANCELLED"] } },
      orderBy: { placedAt: "desc" },
      select: { product: true, expectedDeliveryAt: true, promisedDeliveryAt: true },
    }),
  ]);
  if (!customer || customer.erasedAt) return {};
  const expected = order?.expectedDeliveryAt ?? order?.promisedDeliveryAt ?? null;
  return {
    firstName: firstNameOf(customer.name),
    product: lead?.interest ?? order?.product ?? null,
    expectedDate: expected
      ? new Intl.DateTimeFormat(DATE_LOCALE[customer.locale], {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: DATE_ZONE[customer.locale],
        }).format(expected)
      : null,
    repName: context.repName,
  };
}
