import { z } from "zod";

// Shared by the login form (client) and the sign-in handlers (server).

const plainEmail = z.email().max(254);
// Room for spaces around an address; anything longer is not a sign-in.
const MAX_TYPED = 1024;

/**
 * The one reading of a sign-in email, used by next-auth's email provider (as its
 * normalizeIdentifier), the staff sign-in (through staffLoginSchema), the login
 * forms and the sign-in throttle, so all of them name the same account. It is
 * next-auth's default (NFKC, trimmed, lower case) made stricter: where next-auth
 * cuts "anna@t.test,x" down to "anna@t.test", this accepts only a plain address,
 * so an inbox has exactly one spelling. Null when it is not an email.
 */
export function normalizeSignInEmail(typed: unknown): string | null {
  if (typeof typed !== "string" || typed.length > MAX_TYPED) return null;
  const email = typed.normalize("NFKC").trim().toLowerCase();
  return plainEmail.safeParse(email).success ? email : null;
}

const signInEmail = z
  .string()
  .max(MAX_TYPED)
  .transform((typed, ctx) => {
    const email = normalizeSignInEmail(typed);
    if (email === null) ctx.addIssue({ code: "custom", message: "Enter a valid email address." });
    return email ?? z.NEVER;
  });

export const staffLoginSchema = z.object({
  email: signInEmail,
  password: z.string().min(1).max(200),
});

export const magicLinkSchema = z.object({
  email: signInEmail,
});

export type StaffLogin = z.infer<typeof staffLoginSchema>;
