import "server-only";
import { getTranslations } from "next-intl/server";
import { AutomationTrigger, ConsentPurpose, OrderMilestone, ProductCategory } from "@/generated/prisma/enums";
import { AUTOMATION_SIGNAL_KINDS } from "@/lib/automations/signal-kinds";
import { AUTOMATION_LEAD_STAGES } from "@/lib/validation/automation-options";
import type { ParsedRule } from "@/lib/validation/automation";
import type { EditorOptions, RuleForEdit } from "@/server/automations/queries";
import type { ActionRow, EditedRule, EditorChoices } from "./editor-types";

/** The editor's choices in the reader's language, from the enums and the page's read. */
export async function editorChoices(options: EditorOptions): Promise<EditorChoices> {
  const [tKinds, tMilestones, tCategories, tConsents, tStages] = await Promise.all([
    getTranslations("journey.kinds"),
    getTranslations("orders.milestones"),
    getTranslations("orderStatus.content.categories"),
    getTranslations("consent.purposes"),
    getTranslations("lead.stages"),
  ]);
  const list = (values: readonly string[], t: (key: string) => string) =>
    values.map((value) => ({ value, label: t(value) }));
  return {
    triggers: Object.values(AutomationTrigger),
    kinds: list(AUTOMATION_SIGNAL_KINDS, tKinds),
    milestones: list(Object.values(OrderMilestone), tMilestones),
    categories: list(Object.values(ProductCategory), tCategories),
    consents: list(Object.values(ConsentPurpose), tConsents),
    stages: list(AUTOMATION_LEAD_STAGES, tStages),
    segments: options.segments.map((s) => ({ value: s.id, label: s.name })),
    teams: options.teams.map((s) => ({ value: s.id, label: s.name })),
    templates: options.templates,
  };
}

/** A stored rule as the form shows it; a broken one opens with its trigger and nothing else. */
export function editedRule(rule: RuleForEdit): EditedRule {
  const parsed: ParsedRule | null = rule.parsed;
  return {
    id: rule.id,
    version: rule.version,
    name: rule.name,
    trigger: rule.trigger,
    params: (parsed?.trigger.params ?? {}) as Record<string, string | number>,
    conditions: (parsed?.conditions ?? {}) as Record<string, string>,
    actions: (parsed?.actions ?? []) as ActionRow[],
  };
}
