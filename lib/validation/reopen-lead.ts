import { z } from "zod";
import { REOPEN_STAGES } from "./closed-lead-options";

// The reopen form: which lead, at which version the manager saw it, and the open stage it goes back to.
export const reopenLeadSchema = z.object({
  leadId: z.uuid(),
  version: z.coerce.number().int().min(0),
  stage: z.enum(REOPEN_STAGES),
});
export type ReopenLeadInput = z.infer<typeof reopenLeadSchema>;
