import "server-only";
import type { AutomationRunState, AutomationTrigger, MessageChannel } from "@/generated/prisma/enums";
import { parseRule, type ParsedRule } from "@/lib/validation/automation";
import { segmentWhere } from "@/server/access/segment";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";

// Settings → Automations' reads. Managers only: anyone else gets a 404.

export type RuleRow = {
  id: string;
  name: string;
  enabled: boolean;
  trigger: AutomationTrigger;
  /** Null when the stored JSON no longer parses: shown as broken, cannot be switched on. */
  parsed: ParsedRule | null;
  shipped: boolean;
  version: number;
};

export type RunRow = {
  id: string;
  ruleName: string;
  customerId: string;
  customerName: string;
  state: AutomationRunState;
  reason: string | null;
  dueAt: Date;
  finishedAt: Date | null;
};

const RUNS_SHOWN = 25;

export async function getAutomationsOverview(): Promise<{ rules: RuleRow[]; runs: RunRow[] }> {
  await requireRole("MANAGER");
  const db = await getDb();
  const [rules, runs] = await Promise.all([
    db.automationRule.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        key: true,
        name: true,
        enabled: true,
        trigger: true,
        triggerParams: true,
        conditions: true,
        actions: true,
        version: true,
      },
    }),
    db.automationRun.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RUNS_SHOWN,
      select: {
        id: true,
        state: true,
        result: true,
        dueAt: true,
        finishedAt: true,
        customerId: true,
        rule: { select: { name: true } },
        customer: { select: { name: true, erasedAt: true } },
      },
    }),
  ]);
  return {
    rules: rules.map((r) => ({
      id: r.id,
      name: r.name,
      enabled: r.enabled,
      trigger: r.trigger,
      parsed: parseRule(r),
      shipped: r.key !== null,
      version: r.version,
    })),
    runs: runs.map((r) => ({
      id: r.id,
      ruleName: r.rule.name,
      customerId: r.customerId,
      customerName: r.customer.erasedAt ? "" : r.customer.name,
      state: r.state,
      reason: reasonOf(r.result),
      dueAt: r.dueAt,
      finishedAt: r.finishedAt,
    })),
  };
}

function reasonOf(result: unknown): string | null {
  if (result && typeof result === "object" && "reason" in result && typeof result.reason === "string")
    return result.reason;
  return null;
}

export type EditorOptions = {
  templates: { channel: MessageChannel; name: string }[];
  segments: { id: string; name: string }[];
  teams: { id: string; name: string }[];
};

export type RuleForEdit = {
  id: string;
  name: string;
  version: number;
  trigger: AutomationTrigger;
  parsed: ParsedRule | null;
};

/** The editor's rule (null for a new one; undefined when the id names none) and its choices. */
export async function getRuleEditor(
  id: string | null,
): Promise<{ rule: RuleForEdit | null | undefined; options: EditorOptions }> {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const [rule, templates, segments, teams] = await Promise.all([
    id
      ? db.automationRule.findUnique({
          where: { id },
          select: {
            id: true,
            name: true,
            version: true,
            trigger: true,
            triggerParams: true,
            conditions: true,
            actions: true,
          },
        })
      : null,
    db.messageTemplate.findMany({
      where: { archivedAt: null },
      distinct: ["channel", "name"],
      orderBy: [{ channel: "asc" }, { name: "asc" }],
      select: { channel: true, name: true },
      take: 500,
    }),
    db.segment.findMany({
      where: segmentWhere(session),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
      take: 200,
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    rule: id
      ? rule
        ? { id: rule.id, name: rule.name, version: rule.version, trigger: rule.trigger, parsed: parseRule(rule) }
        : undefined
      : null,
    options: { templates, segments, teams },
  };
}
