import "server-only";
import type { AppSession } from "@/server/auth/session";

// Web forms belong to the business: they open a public door into the lead lists of a team, decide
// which consents are asked for and in what words. Managers build, change and switch them off;
// nobody else reaches them (the public side reads a form only by its slug, and only while active).

export function mayManageWebForms(session: AppSession): boolean {
  return session.role === "MANAGER";
}
