import { z } from "zod";

// The manager's user administration (/settings/users): which page of the
// list, and the two changes a manager can make to another staff user.

export const STAFF_PAGE_SIZE = 25;
/** The users page's search box takes at most this many characters (its input says so too). */
export const STAFF_SEARCH_MAX = 100;

export const staffListSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** Part of a name or email; anything unreadable lists everyone. */
  q: z.string().trim().max(STAFF_SEARCH_MAX).catch(""),
});

export const setUserActiveSchema = z.object({
  userId: z.uuid(),
  active: z.boolean(),
});

export const resendInvitationSchema = z.object({ userId: z.uuid() });

export const changeUserRoleSchema = z.object({
  userId: z.uuid(),
  role: z.enum(["SALES", "MANAGER"]),
});

export type StaffAdminError = "notFound" | "self" | "lastManager";

/** A new staff user: `npm run create-manager` and invitations. */
export const newStaffUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: z.string().trim().min(1).max(100),
});

/** A manager's invitation (/settings/users): the new user sets their password through a mailed link. */
export const inviteStaffSchema = newStaffUserSchema.extend({
  role: z.enum(["SALES", "MANAGER"]),
  teamId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid().optional()),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;
