import { z } from "zod";

// The set-password form (app/(auth)/set-password), shared by the form and its
// action. Which passwords are allowed is lib/password-policy.ts; this only
// bounds the input.

/** 32 random bytes, base64url: what a password link carries (server/auth/password-links.ts). */
export const PASSWORD_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const setPasswordSchema = z
  .object({
    token: z.string().regex(PASSWORD_TOKEN_PATTERN),
    password: z.string().max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "mismatch" });

export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** /account/password: the current password, and the new one twice. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1).max(200),
    password: z.string().max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "mismatch" });
