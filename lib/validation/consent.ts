import { z } from "zod";

// Recording a consent change on the customer page, and erasing a customer.

export const CONSENT_PURPOSES = ["MARKETING_EMAIL", "SMS", "PROFILING"] as const;
export type ConsentPurposeName = (typeof CONSENT_PURPOSES)[number];

/** How staff heard it. Stored as the code; the seed's older rows carry free words, shown as they are. */
export const CONSENT_SOURCES = ["phone", "in_store", "email", "letter", "meeting"] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

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

/** The typed confirmation matches when it is the name, ignoring case and surrounding spaces. */
export function confirmsName(typed: string, name: string): boolean {
  return typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
}
