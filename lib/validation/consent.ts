import { z } from "zod";
import { CONSENT_PURPOSES, CONSENT_SOURCES } from "./consent-options";
export * from "./consent-options";

// Recording a consent change on the customer page, and erasing a customer.

export const consentChangeSchema = z.object({
  customerId: z.guid(),
  purpose: z.enum(CONSENT_PURPOSES, { error: "purposeRequired" }),
  granted: z.enum(["true", "false"], { error: "grantedRequired" }).transform((v) => v === "true"),
  source: z.enum(CONSENT_SOURCES, { error: "sourceRequired" }),
});
export type ConsentChangeInput = z.output<typeof consentChangeSchema>;
export type ConsentField = "purpose" | "granted" | "source";

export const eraseCustomerSchema = z.object({
  customerId: z.guid(),
  confirmName: z.string().trim().min(1, { error: "nameRequired" }).max(200, { error: "nameMismatch" }),
});
export type EraseCustomerInput = z.output<typeof eraseCustomerSchema>;
