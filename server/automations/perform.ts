import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { JourneyStage } from "@/generated/prisma/enums";
import type { AutomationAction, ParsedRule } from "@/lib/validation/automation";
import { recordAudit } from "@/server/audit";
import { queueMessage } from "@/server/messaging/queue";
import { scheduleFollowUpDue } from "@/server/notifications/follow-up-jobs";
import { notify } from "@/server/notifications/notify";
import { prepareSend, type PreparedSend, type RunRefusal } from "./prepare-send";
import type { ReadFacts } from "./run-facts";
import { emitLeadStageEvents, emitWebhookEvent } from "@/server/webhooks/emit";

// What a run does, once its stop rules let it. Every send is prepared first (template in the
// customer's language, an address, consent for it, every variable with a value), so a run either
// does all its actions or none; then they are written, and the run is noted on the customer's
// timeline as one AUTOMATION touchpoint that says what it did.

type Tx = Prisma.TransactionClient;
type Run = { id: string; customerId: string; leadId: string | null };
export type PerformInput = { run: Run; rule: ParsedRule & { id: string; name: string }; facts: ReadFacts; now: Date };
export type PerformOutcome = { ok: true; did: string[] } | RunRefusal;

const DAY_MS = 86_400_000;

export async function performActions(tx: Tx, input: PerformInput): Promise<PerformOutcome> {
  const { run, rule, facts, now } = input;
  const sends = new Map<number, PreparedSend>();
  for (const [index, action] of rule.actions.entries()) {
    if (action.type !== "send" && action.type !== "sendForStage") continue;
    const prepared = await prepareSend(tx, action, facts);
    if (!prepared.ok) return prepared;
    sends.set(index, prepared.send);
  }
  const did: string[] = [];
  for (const [index, action] of rule.actions.entries()) {
    const send = sends.get(index);
    if (send) {
      await queueMessage(tx, {
        customerId: run.customerId,
        leadId: facts.lead?.id ?? null,
        ...send,
        sentById: null,
        key: `automation:${run.id}:${index}`,
        now,
        // Delivered as of the run's clock (the job runner's), not the wall clock enqueue would read.
        sendAt: now,
      });
      did.push(`${send.channel === "EMAIL" ? "e-mail" : "SMS"} sent`);
    } else {
      const done = await performOther(tx, action, input);
      if (done) did.push(done);
    }
  }
  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: run.customerId,
      leadId: facts.lead?.id ?? null,
      occurredAt: now,
      channel: [...sends.values()][0]?.channel ?? "WEB",
      direction: "OUTBOUND",
      phase:
        rule.trigger.trigger === "AFTER_DELIVERY" || rule.trigger.trigger === "ORDER_MILESTONE" ? "AFTER" : "BEFORE",
      owner: "BRAND",
      kind: "AUTOMATION",
      stage: facts.customer.journeyStage as JourneyStage,
      summary: `Automation "${rule.name}": ${did.join(", ") || "nothing to do"}`.slice(0, 500),
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
  return { ok: true, did };
}

async function performOther(tx: Tx, action: AutomationAction, input: PerformInput): Promise<string | null> {
  const { run, rule, facts, now } = input;
  const lead = facts.lead;
  switch (action.type) {
    case "followUp": {
      if (!lead) return null;
      const at = new Date(now.getTime() + action.days * DAY_MS);
      // An earlier follow-up the owner planned stays: the automation only fills an empty diary.
      if (lead.nextFollowUpAt && lead.nextFollowUpAt <= at) return "follow-up already planned";
      await tx.lead.update({
        where: { id: lead.id },
        data: { nextFollowUpAt: at, version: { increment: 1 } },
        select: { id: true },
      });
      await scheduleFollowUpDue(tx, lead.id, at);
      return `follow-up ${at.toISOString().slice(0, 10)}`;
    }
    case "notify": {
      const owner = lead?.ownerId ?? facts.customer.ownerId;
      if (!owner) return null;
      await notify(tx, {
        userIds: [owner],
        kind: "AUTOMATION",
        leadId: lead?.id ?? null,
        key: `automation:${run.id}`,
        data: { ruleId: rule.id },
        now,
      });
      return "owner notified";
    }
    case "stage": {
      if (!lead || lead.stage === action.stage) return null;
      await tx.lead.update({
        where: { id: lead.id },
        data: { stage: action.stage, stageChangedAt: now, version: { increment: 1 } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "lead.stage_changed",
        entityType: "Lead",
        entityId: lead.id,
        data: { from: lead.stage, to: action.stage, via: "automation", runId: run.id },
      });
      await emitLeadStageEvents(tx, {
        leadId: lead.id,
        from: lead.stage,
        to: action.stage,
        via: "automation",
        occurredAt: now,
      });
      return `stage ${action.stage}`;
    }
    default:
      return null;
  }
}
