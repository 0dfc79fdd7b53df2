import "server-only";
import type { AppSession } from "@/server/auth/session";

// WHO MAY SEE AND RETRY BACKGROUND JOBS: managers, all of them (Settings → Background jobs). Only
// what a job is and how it failed is shown, never its payload (it may hold an address or a link).

export class JobAccessError extends Error {
  constructor() {
    super("Background jobs are for managers only");
    this.name = "JobAccessError";
  }
}

/** The jobs' reads and the retry throw for anyone else: no caller should ask on their behalf. */
export function assertMayOperateJobs(session: AppSession): void {
  if (session.role !== "MANAGER") throw new JobAccessError();
}
