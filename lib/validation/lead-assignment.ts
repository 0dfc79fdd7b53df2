import { z } from "zod";

// Claim and reassign forms: which lead, at which version, and (reassign) to whom.
// Only a stale or tampered form gets these wrong, so one message covers them.

const version = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));

export const claimLeadSchema = z.object({ leadId: z.guid(), version });
export const reassignLeadSchema = z.object({ leadId: z.guid(), version, ownerId: z.guid({ error: "ownerRequired" }) });

export type ClaimLeadInput = z.output<typeof claimLeadSchema>;
export type ReassignLeadInput = z.output<typeof reassignLeadSchema>;
