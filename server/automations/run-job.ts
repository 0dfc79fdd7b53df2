import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { stopReason } from "@/lib/automations/match";
import { parseRule } from "@/lib/validation/automation";
import { defineJob } from "@/server/jobs/define";
import { performActions } from "./perform";
import { readRunFacts } from "./run-facts";

// A planned run, when it is due. In one transaction: the run is claimed (WAITING → DONE, so a
// second try or instance finds nothing to do), the stop rules are checked as they stand now (the
// customer replied or withdrew consent since the trigger, no longer fits the conditions, the rule
// was switched off), and the actions are written with its outcome. A run that stops or fails
// writes nothing else; one that goes ahead writes everything or nothing.

const payload = z.object({ runId: z.guid() });

export const automationRunJob = defineJob({
  kind: "automation.run",
  payload,
  run: async ({ runId }, { prisma, now }) => {
    await runAutomation(prisma, runId, now);
  },
});

export type RunOutcome = { state: "DONE" | "STOPPED" | "FAILED"; reason?: string } | null;

export async function runAutomation(db: PrismaClient, runId: string, now: Date): Promise<RunOutcome> {
  return db.$transaction(
    async (tx): Promise<RunOutcome> => {
      const claimed = await tx.automationRun.updateMany({
        where: { id: runId, state: "WAITING" },
        data: { state: "DONE", finishedAt: now },
      });
      if (claimed.count === 0) return null;
      const run = await tx.automationRun.findUniqueOrThrow({
        where: { id: runId },
        select: {
          id: true,
          customerId: true,
          leadId: true,
          touchpointId: true,
          triggeredAt: true,
          rule: {
            select: {
              id: true,
              name: true,
              enabled: true,
              trigger: true,
              triggerParams: true,
              conditions: true,
              actions: true,
            },
          },
        },
      });
      const rule = parseRule(run.rule);
      const facts = await readRunFacts(tx, run, rule?.conditions ?? {}, now);
      const stop = stopReason(rule, { ...facts, enabled: run.rule.enabled });
      const finish = async (state: "DONE" | "STOPPED" | "FAILED", result: Record<string, unknown>) => {
        await tx.automationRun.update({
          where: { id: runId },
          data: { state, finishedAt: now, result: result as object },
          select: { id: true },
        });
        return { state, reason: typeof result.reason === "string" ? result.reason : undefined };
      };
      if (stop || !rule) return finish("STOPPED", { reason: stop ?? "broken" });
      const outcome = await performActions(tx, {
        run,
        rule: { ...rule, id: run.rule.id, name: run.rule.name },
        facts,
        now,
      });
      if (!outcome.ok) return finish(outcome.state, { reason: outcome.reason, ...outcome.detail });
      return finish("DONE", { did: outcome.did });
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
