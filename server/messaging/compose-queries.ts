import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { TemplateValues } from "@/lib/messaging/render";
import { emailAddress, smsNumber } from "@/lib/validation/send-message";
import { authorizeCustomer } from "@/server/access/customer-access";
import { leadWhere } from "@/server/access/lead";
import type { AppSession } from "@/server/auth/session";
import { listTemplates, type TemplateRow } from "./templates";
import { templateValuesFor } from "./template-values";

// What the "Write to the customer" form needs: where a message can go, the templates (the customer's
// language first), the real values the preview fills in, and which marketing consents the customer
// has given (a marketing template is marked when the customer has not). Null outside the reader's scope.

export type ComposeContext = {
  customerId: string;
  leadId: string | null;
  firstName: string;
  email: string | null;
  phone: string | null;
  templates: TemplateRow[];
  values: TemplateValues;
  consented: { EMAIL: boolean; SMS: boolean };
};

export async function getComposeContext(
  db: PrismaClient,
  session: AppSession,
  customerId: string,
  leadId: string | null,
): Promise<ComposeContext | null> {
  if (!(await authorizeCustomer(db, session, customerId))) return null;
  const [customer, lead, templates] = await Promise.all([
    db.customer.findUnique({
      where: { id: customerId },
      select: {
        name: true,
        email: true,
        phone: true,
        locale: true,
        erasedAt: true,
        consents: { select: { purpose: true, granted: true } },
      },
    }),
    leadId
      ? db.lead.findFirst({
          where: { AND: [{ id: leadId, customerId }, leadWhere(session)] },
          select: { id: true, interest: true },
        })
      : null,
    listTemplates(db, session),
  ]);
  if (!customer || customer.erasedAt) return null;
  // The customer and the lead are read above: the values reuse them (two queries fewer a page).
  const values = await templateValuesFor(
    db,
    { customerId, leadId: lead?.id ?? null, repName: session.name },
    { customer, lead },
  );
  const granted = (purpose: string) => customer.consents.some((c) => c.purpose === purpose && c.granted);
  return {
    customerId,
    leadId: lead?.id ?? null,
    firstName: values.firstName ?? "",
    email: emailAddress(customer.email),
    phone: smsNumber(customer.phone),
    templates: [...(templates ?? [])].sort(
      (a, b) => Number(b.locale === customer.locale) - Number(a.locale === customer.locale),
    ),
    values,
    consented: { EMAIL: granted("MARKETING_EMAIL"), SMS: granted("SMS") },
  };
}
