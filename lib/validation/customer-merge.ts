import { z } from "zod";

// Merging two customers: the one whose page the manager is on (the target, kept) and the duplicate
// (the source, removed). Per field the manager keeps the target's value or takes the source's;
// the form sends one "keep.<field>" per field, "target" unless changed.

import { MERGE_FIELDS, type MergeField } from "./customer-merge-fields";
export * from "./customer-merge-fields";

const side = z.enum(["target", "source"]).catch("target");

export const mergeCustomersSchema = z
  .object({
    targetId: z.guid(),
    sourceId: z.guid(),
    keep: z.object(Object.fromEntries(MERGE_FIELDS.map((f) => [f, side])) as Record<MergeField, typeof side>),
  })
  .refine((v) => v.targetId !== v.sourceId, { error: "same", path: ["sourceId"] });
export type MergeCustomersInput = z.output<typeof mergeCustomersSchema>;

/** The form's fields as the schema reads them. */
export function mergeFormInput(formData: FormData): unknown {
  const keep: Record<string, unknown> = {};
  for (const f of MERGE_FIELDS) keep[f] = formData.get(`keep.${f}`) ?? "target";
  return { targetId: formData.get("targetId"), sourceId: formData.get("sourceId"), keep };
}
