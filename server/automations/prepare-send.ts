import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { JourneyStage, MessageChannel, MessagePurpose } from "@/generated/prisma/enums";
import { hasConsent } from "@/lib/automations/match";
import { consentNeeded } from "@/lib/messaging/consent";
import { renderMessage } from "@/lib/messaging/render";
import type { AutomationAction } from "@/lib/validation/automation";
import { templateValuesFor } from "@/server/messaging/template-values";
import type { ReadFacts } from "./run-facts";

// One send of a run, made ready before anything is written: the template in the customer's
// language (by name, or the one written for their journey stage), the address for the channel,
// the consent the template's purpose needs, and every variable with this customer's value.

type Tx = Prisma.TransactionClient;

export type PreparedSend = {
  channel: MessageChannel;
  purpose: MessagePurpose;
  templateId: string;
  address: string;
  subject: string | null;
  body: string;
};

export type RunRefusal = { ok: false; state: "STOPPED" | "FAILED"; reason: string; detail?: Record<string, unknown> };

export async function prepareSend(
  tx: Tx,
  action: Extract<AutomationAction, { type: "send" | "sendForStage" }>,
  facts: ReadFacts,
): Promise<{ ok: true; send: PreparedSend } | RunRefusal> {
  const { customer } = facts;
  const template = await tx.messageTemplate.findFirst({
    where: {
      archivedAt: null,
      channel: action.channel,
      locale: customer.locale,
      ...(action.type === "send"
        ? { name: action.template }
        : { purpose: action.purpose, stage: customer.journeyStage as JourneyStage }),
    },
    orderBy: { updatedAt: "desc" },
    select: { id: true, purpose: true, subject: true, body: true },
  });
  // Nothing written for this customer's language (or stage): nothing to send, not an error to retry.
  if (!template) return { ok: false, state: "STOPPED", reason: "no_template" };
  const address = action.channel === "EMAIL" ? customer.email : customer.phone;
  if (!address) return { ok: false, state: "STOPPED", reason: "no_address" };
  const needed = consentNeeded(action.channel, template.purpose);
  if (needed && !hasConsent(facts.consents, needed)) return { ok: false, state: "STOPPED", reason: "no_consent" };
  const repId = facts.lead?.ownerId ?? customer.ownerId;
  const rep = repId ? await tx.user.findUnique({ where: { id: repId }, select: { name: true } }) : null;
  const values = await templateValuesFor(tx, {
    customerId: customer.id,
    leadId: facts.lead?.id ?? null,
    repName: rep?.name ?? null,
  });
  const rendered = renderMessage(
    { subject: action.channel === "EMAIL" ? (template.subject ?? "") : null, body: template.body },
    values,
  );
  // A variable without a value for this customer: never an empty gap in a message that goes out.
  if (!rendered.ok)
    return {
      ok: false,
      state: "FAILED",
      reason: "missing_values",
      detail: { missing: rendered.missing, unknown: rendered.unknown },
    };
  return {
    ok: true,
    send: {
      channel: action.channel,
      purpose: template.purpose,
      templateId: template.id,
      address,
      subject: rendered.subject,
      body: rendered.body,
    },
  };
}
