import { z } from "zod";
import {
  AutomationTrigger,
  ConsentPurpose,
  MessageChannel,
  MessagePurpose,
  OrderMilestone,
  ProductCategory,
} from "@/generated/prisma/enums";
import { AUTOMATION_SIGNAL_KINDS } from "@/lib/automations/signal-kinds";
import { AUTOMATION_LEAD_STAGES, MAX_ACTIONS } from "./automation-options";

// A journey automation's three JSON parts (AutomationRule.triggerParams, conditions, actions),
// checked on every write and every read: a row written by an older version, or by hand, that no
// longer parses is reported as broken and never runs, instead of running half-understood.

const MAX_DELAY_MINUTES = 60 * 24 * 365;
const delayMinutes = z.coerce.number().int().min(0).max(MAX_DELAY_MINUTES).default(0);
const days = z.coerce.number().int().min(1).max(3650);

export const triggerParamsSchemas = {
  SIGNAL: z.object({ kind: z.enum(AUTOMATION_SIGNAL_KINDS), delayMinutes }),
  ORDER_MILESTONE: z.object({ milestone: z.enum(OrderMilestone), delayMinutes }),
  AFTER_DELIVERY: z.object({ days, delayMinutes }),
  LEAD_IDLE: z.object({ days, delayMinutes }),
  // A slow-tracker (readiness SLOW before the signal) whose score rose by at least minRise points.
  SCORE_RISE: z.object({ minRise: z.coerce.number().int().min(1).max(100), delayMinutes }),
} satisfies Record<AutomationTrigger, z.ZodType>;

export type TriggerParams = {
  [K in AutomationTrigger]: z.output<(typeof triggerParamsSchemas)[K]>;
};
export type AutomationTriggerSpec = {
  [K in AutomationTrigger]: { trigger: K; params: TriggerParams[K] };
}[AutomationTrigger];

export const conditionsSchema = z
  .object({
    consent: z.enum(ConsentPurpose).optional(),
    segmentId: z.guid().optional(),
    category: z.enum(ProductCategory).optional(),
    teamId: z.guid().optional(),
  })
  .strict();
export type AutomationConditions = z.output<typeof conditionsSchema>;

const name = z.string().trim().min(1).max(120);

export const actionSchema = z.discriminatedUnion("type", [
  // One template by name, in the customer's language.
  z.object({ type: z.literal("send"), channel: z.enum(MessageChannel), template: name }),
  // The template written for the customer's journey stage (purpose, channel, language, stage).
  z.object({ type: z.literal("sendForStage"), channel: z.enum(MessageChannel), purpose: z.enum(MessagePurpose) }),
  z.object({ type: z.literal("followUp"), days: z.coerce.number().int().min(0).max(365) }),
  z.object({ type: z.literal("notify") }),
  // Only the open stages: winning or losing a lead is a person's decision.
  z.object({ type: z.literal("stage"), stage: z.enum(AUTOMATION_LEAD_STAGES) }),
]);
export type AutomationAction = z.output<typeof actionSchema>;
export const actionsSchema = z.array(actionSchema).min(1).max(MAX_ACTIONS);

export type ParsedRule = {
  trigger: AutomationTriggerSpec;
  conditions: AutomationConditions;
  actions: AutomationAction[];
};

/** A stored rule's JSON, parsed; null when any part no longer fits (the rule is broken and never runs). */
export function parseRule(row: {
  trigger: AutomationTrigger;
  triggerParams: unknown;
  conditions: unknown;
  actions: unknown;
}): ParsedRule | null {
  const params = triggerParamsSchemas[row.trigger].safeParse(row.triggerParams);
  const conditions = conditionsSchema.safeParse(row.conditions ?? {});
  const actions = actionsSchema.safeParse(row.actions);
  if (!params.success || !conditions.success || !actions.success) return null;
  return {
    trigger: { trigger: row.trigger, params: params.data } as AutomationTriggerSpec,
    conditions: conditions.data,
    actions: actions.data,
  };
}

/** The editor's form, flattened: one field per input, so the form can hand back what was typed. */
export const ruleFormSchema = z
  .object({
    id: z.guid().optional(),
    version: z.coerce.number().int().min(0).optional(),
    name,
    trigger: z.enum(AutomationTrigger),
    params: z.record(z.string(), z.unknown()),
    conditions: conditionsSchema,
    actions: z.array(z.record(z.string(), z.unknown())),
  })
  .transform((form, ctx) => {
    const params = triggerParamsSchemas[form.trigger].safeParse(form.params);
    if (!params.success)
      for (const issue of params.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: ["params", ...issue.path] });
    const actions = actionsSchema.safeParse(form.actions);
    if (!actions.success)
      for (const issue of actions.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, path: ["actions", ...issue.path] });
    if (!params.success || !actions.success) return z.NEVER;
    return {
      id: form.id,
      version: form.version,
      name: form.name,
      trigger: { trigger: form.trigger, params: params.data } as AutomationTriggerSpec,
      conditions: form.conditions,
      actions: actions.data,
    };
  });
export type RuleFormInput = z.output<typeof ruleFormSchema>;

export const toggleRuleSchema = z.object({ id: z.guid(), enabled: z.boolean() });

/** Every field's name in the editor's FormData (params.x, conditions.x, actions.0.type …). */
export function readRuleForm(formData: FormData): unknown {
  const params: Record<string, unknown> = {};
  const conditions: Record<string, unknown> = {};
  const actions: Record<string, unknown>[] = [];
  const out: Record<string, unknown> = { params, conditions, actions };
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string") continue;
    const value = raw.trim();
    const [head, second, third] = key.split(".");
    if (head === "params" && second && value !== "") params[second] = value;
    else if (head === "conditions" && second && value !== "") conditions[second] = value;
    else if (head === "actions" && second && third && /^\d$/.test(second)) {
      const index = Number(second);
      actions[index] ??= {};
      if (value !== "") actions[index][third] = value;
    } else if (["id", "version", "name", "trigger"].includes(head) && !second && value !== "") out[head] = value;
  }
  // An action row whose type was left empty is no action.
  out.actions = actions.filter((a) => a && typeof a.type === "string" && a.type !== "none");
  return out;
}
