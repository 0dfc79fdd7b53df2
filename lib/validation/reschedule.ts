import { z } from "zod";
import { formVersionField } from "./form-version";
import { RESCHEDULE_CHOICES } from "@/lib/agenda-day";
import { NEXT_FOLLOW_UP_MAX_DAYS } from "./follow-up-options";
import { localDateTimeToUtc } from "./local-date-time";

// Moving a lead's next follow-up from the agenda: a quick choice, whose instant the server
// computes (lib/agenda-day.ts), or a date and time the rep picks, read on their own clock.
// Error messages are keys of agenda.reschedule.errors.

export const RESCHEDULE_PICK = "pick";

export function rescheduleSchema({ now, timeZone }: { now: Date; timeZone: string }) {
  return z
    .object({
      leadId: z.guid({ error: "formOutdated" }),
      version: formVersionField(),
      choice: z.enum([...RESCHEDULE_CHOICES, RESCHEDULE_PICK], { error: "choiceRequired" }),
      at: z.string().max(32, "dateInvalid").optional(),
    })
    .transform((input, ctx) => {
      if (input.choice !== RESCHEDULE_PICK) return { ...input, choice: input.choice, pickedAt: null };
      const at = input.at ? localDateTimeToUtc(input.at, timeZone) : null;
      if (!at) {
        ctx.addIssue({ code: "custom", path: ["at"], message: input.at ? "dateInvalid" : "dateRequired" });
        return z.NEVER;
      }
      if (at.getTime() <= now.getTime()) {
        ctx.addIssue({ code: "custom", path: ["at"], message: "dateInPast" });
        return z.NEVER;
      }
      if (at.getTime() > now.getTime() + NEXT_FOLLOW_UP_MAX_DAYS * 86_400_000) {
        ctx.addIssue({ code: "custom", path: ["at"], message: "dateTooFar" });
        return z.NEVER;
      }
      return { ...input, choice: input.choice, pickedAt: at };
    });
}

export type RescheduleInput = z.output<ReturnType<typeof rescheduleSchema>>;
