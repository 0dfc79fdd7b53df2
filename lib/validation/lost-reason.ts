import { z } from "zod";
import { LOST_REASON_LABEL_MAX } from "./lost-reason-options";
import { oneLine } from "./plain-text";
export * from "./lost-reason-options";

// Settings → Lost reasons: a manager adds, renames, reorders and switches reasons off. Messages are
// keys of pipeline.reasons.errors.

const label = z
  .string({ error: "labelRequired" })
  .max(LOST_REASON_LABEL_MAX * 2, "labelTooLong")
  .transform((v) => oneLine(v).trim())
  .pipe(z.string().min(1, "labelRequired").max(LOST_REASON_LABEL_MAX, "labelTooLong"));

export const createLostReasonSchema = z.object({ label });

export const updateLostReasonSchema = z.object({
  id: z.guid({ error: "formOutdated" }),
  label,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const moveLostReasonSchema = z.object({
  id: z.guid({ error: "formOutdated" }),
  direction: z.enum(["up", "down"], { error: "formOutdated" }),
});

export type UpdateLostReasonInput = z.output<typeof updateLostReasonSchema>;
