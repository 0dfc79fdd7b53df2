import { z } from "zod";

// Shared by the login form (client) and the sign-in handlers (server).
export const staffLoginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export const magicLinkSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});

export type StaffLogin = z.infer<typeof staffLoginSchema>;
