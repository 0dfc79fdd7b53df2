import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { defaultHolidayCountry } from "@/lib/holiday-countries";
import { DEFAULT_SLA_CONFIG, type SlaConfig } from "@/lib/sla";
import { slaSettingsSchema } from "@/lib/validation/sla-settings";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// The response-time promise and the business hours it counts in, set by a
// manager on /settings/sla and stored as AppSetting "sla". Read inside the
// transaction that uses it (ingest, follow-up) and never cached across
// requests, so a change applies to the next signal and no server holds an old
// copy. A change applies to NEW clocks only: due times already stored stay.

const SLA_KEY = "sla";

type Db = PrismaClient | Prisma.TransactionClient;

/** The stored settings, or the defaults when nothing (or nothing valid) is stored. Never throws on bad data. */
export async function getSlaConfig(db: Db): Promise<SlaConfig> {
  const row = await db.appSetting.findUnique({ where: { key: SLA_KEY }, select: { value: true } });
  const parsed = slaSettingsSchema.safeParse(withDefaults(row?.value));
  return parsed.success ? parsed.data : DEFAULT_SLA_CONFIG;
}

// A channel added after the settings were saved takes its default minutes, and
// hours saved before holidays existed follow their time zone's country (Oslo:
// Norway), instead of making the whole stored value invalid.
function withDefaults(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const stored = value as { minutesByChannel?: unknown; hours?: unknown };
  const minutes = stored.minutesByChannel && typeof stored.minutesByChannel === "object" ? stored.minutesByChannel : {};
  const hours = stored.hours && typeof stored.hours === "object" ? (stored.hours as Record<string, unknown>) : null;
  return {
    ...stored,
    minutesByChannel: { ...DEFAULT_SLA_CONFIG.minutesByChannel, ...minutes },
    hours:
      hours && !("holidayCountry" in hours)
        ? { ...hours, holidayCountry: defaultHolidayCountry(String(hours.timeZone)) }
        : stored.hours,
  };
}

export type SaveSlaResult = { ok: true; config: SlaConfig } | { ok: false; reason: "forbidden" | "invalid" };

/** Managers only; validated again here (server actions are public endpoints); audited with before/after. */
export async function saveSlaConfig(db: PrismaClient, session: AppSession, input: SlaConfig): Promise<SaveSlaResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "forbidden" };
  const parsed = slaSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const config = parsed.data;
  const value = config as unknown as Prisma.InputJsonObject;
  await db.$transaction(async (tx) => {
    const before = await getSlaConfig(tx);
    await tx.appSetting.upsert({
      where: { key: SLA_KEY },
      create: { key: SLA_KEY, value, updatedById: session.userId },
      update: { value, updatedById: session.userId },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "setting.changed",
      entityType: "AppSetting",
      entityId: SLA_KEY,
      data: { from: before as unknown as Prisma.InputJsonObject, to: value },
    });
  });
  return { ok: true, config };
}
