// The fields a merge of two customers chooses between (zod-free: the merge form imports it; the
// schema is in customer-merge.ts). Per field the manager keeps the target's value (the customer
// whose page they are on) or takes the source's (the duplicate, removed).

export const MERGE_FIELDS = ["name", "email", "phone", "city", "owner", "team", "journeyStage", "locale"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = "target" | "source";
export type MergeKeep = Record<MergeField, MergeSide>;
