// The follow-up logging action's data function (server/leads/follow-up-service.ts),
// timed in-process on the bench database: one transaction per follow-up, on a
// different open lead each time. It writes real rows: each run adds a few dozen
// follow-ups to ~200k leads, which does not move the other numbers.
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { FollowUpInput } from "@/lib/validation/follow-up";
import type { AppSession } from "@/server/auth/session";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { ownCpuMs } from "./cpu-time";

export async function timeFollowUps(
  db: PrismaClient,
  email: string,
  leadIds: string[],
  runs: number,
  warmup: number,
): Promise<{ wall: number[]; cpu: number[] }> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  const session: AppSession = {
    userId: u.id,
    role: u.role,
    email: u.email,
    name: u.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: u.teamId,
    customerId: null,
  };
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const id = leadIds[i % leadIds.length];
    const { version } = await db.lead.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const input: FollowUpInput = {
      leadId: id,
      version,
      idempotencyKey: crypto.randomUUID(),
      type: "CALL",
      outcome: "REACHED",
      note: "Benchmark",
      nextFollowUpAt: new Date(Date.now() + 86_400_000),
      stage: null,
      lostReason: null,
    };
    const start = performance.now();
    const cpuStart = ownCpuMs();
    const result = await logFollowUp(db, session, input, new Date());
    const ms = performance.now() - start;
    const cpuMs = ownCpuMs() - cpuStart;
    if (!result.ok) throw new Error(`logFollowUp on lead ${id}: ${result.reason}`);
    if (i >= warmup) {
      samples.push(ms);
      cpu.push(cpuMs);
    }
  }
  return { wall: samples, cpu };
}
