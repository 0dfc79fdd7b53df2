import { z } from "zod";
import { LEAD_STAGES, OPEN_STAGES } from "@/lib/lead-stages";
import { LOST_REASON_MAX } from "./follow-up-options";
import { parseMajorAmount } from "./board-move-options";
import { multiLine } from "./plain-text";

// A card moved on the pipeline board (server/leads/board-actions.ts): the lead, the version the
// board showed, where it went, and what closing asks for — a reason from the managers' list (LOST;
// optional words) or the deal's value (WON, typed in major units: "459 900" or "12 345,50").
// Messages are keys of pipeline.board.errors.

const emptyToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

export const boardMoveSchema = z
  .object({
    leadId: z.guid({ error: "formOutdated" }),
    version: z.number({ error: "formOutdated" }).int().min(0).max(2_147_483_647),
    stage: z.enum(LEAD_STAGES, { error: "formOutdated" }),
    lostReasonId: z.preprocess(emptyToNull, z.guid({ error: "reasonRequired" }).nullable()),
    lostReason: z.preprocess(
      emptyToNull,
      z
        .string()
        .max(LOST_REASON_MAX * 2, "detailsTooLong")
        .transform(multiLine)
        .pipe(z.string().max(LOST_REASON_MAX, "detailsTooLong"))
        .nullable(),
    ),
    value: z.preprocess(
      emptyToNull,
      z
        .string()
        .max(32, "valueInvalid")
        .transform((v, ctx) => {
          const minor = parseMajorAmount(v);
          if (minor === null) {
            ctx.addIssue({ code: "custom", message: "valueInvalid" });
            return z.NEVER;
          }
          return minor;
        })
        .nullable(),
    ),
  })
  .superRefine((input, ctx) => {
    if (input.stage === "LOST" && !input.lostReasonId && !input.lostReason) {
      ctx.addIssue({ code: "custom", path: ["lostReasonId"], message: "reasonRequired" });
    }
  })
  .transform((input) => ({
    leadId: input.leadId,
    version: input.version,
    stage: input.stage,
    lostReasonId: input.stage === "LOST" ? input.lostReasonId : null,
    lostReason: input.stage === "LOST" ? input.lostReason : null,
    valueMinor: input.stage === "WON" ? input.value : null,
  }));

export type BoardMoveInput = z.output<typeof boardMoveSchema>;

export const boardColumnSchema = z.object({
  /** The board's URL search ("?scope=mine&q=…"): the same filters the page was rendered with. */
  search: z.string().max(2000),
  stage: z.enum(OPEN_STAGES),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,600}$/),
});
