import type { AutomationTrigger, MessageChannel } from "@/generated/prisma/enums";
import type { ActionType } from "@/lib/validation/automation-options";

// What the rule editor is given by its page: the rule as the form shows it, and the choices with
// their words (translated on the server, so the client form carries no other namespaces).

export type ActionRow = { type: "none" | ActionType } & Record<string, string | number | undefined>;

export type Option = { value: string; label: string };
export type EditorChoices = {
  triggers: AutomationTrigger[];
  kinds: Option[];
  milestones: Option[];
  categories: Option[];
  consents: Option[];
  stages: Option[];
  segments: Option[];
  teams: Option[];
  templates: { channel: MessageChannel; name: string }[];
};
export type EditedRule = {
  id: string;
  version: number;
  name: string;
  trigger: AutomationTrigger;
  params: Record<string, string | number>;
  conditions: Record<string, string>;
  actions: ActionRow[];
};
