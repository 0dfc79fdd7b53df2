// The rule editor's fixed choices, zod-free so the client form can import them (the schema is in
// ./automation.ts).

export const ACTION_TYPES = ["send", "sendForStage", "followUp", "notify", "stage"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
/** How many actions one rule may take; the editor shows this many rows. */
export const MAX_ACTIONS = 4;
/** The lead stages an automation may move a lead to: winning or losing one is a person's decision. */
export const AUTOMATION_LEAD_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
