import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AutomationTrigger } from "@/generated/prisma/enums";
import { parseRule, type ParsedRule } from "@/lib/validation/automation";

export type ActiveRule = ParsedRule & { id: string; name: string };

/** The switched-on rules with these triggers, parsed; a rule whose JSON no longer parses is left out. */
export async function enabledRules(
  tx: Prisma.TransactionClient,
  ...triggers: AutomationTrigger[]
): Promise<ActiveRule[]> {
  const rows = await tx.automationRule.findMany({
    where: { enabled: true, trigger: { in: triggers } },
    select: { id: true, name: true, trigger: true, triggerParams: true, conditions: true, actions: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((row) => {
    const parsed = parseRule(row);
    return parsed ? [{ ...parsed, id: row.id, name: row.name }] : [];
  });
}
