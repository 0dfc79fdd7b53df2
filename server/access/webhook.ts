import "server-only";
import type { AppSession } from "@/server/auth/session";

// WHO MAY SEE AND CHANGE OUTBOUND WEBHOOKS: managers, all of them. An endpoint receives events of
// every team and its secret signs for the whole business, so it is no team's and no rep's: the
// same as API keys. Sales reps and customers reach none of it (their pages answer 404).

export class WebhookAccessError extends Error {
  constructor() {
    super("Webhooks are for managers only");
    this.name = "WebhookAccessError";
  }
}

export function mayManageWebhooks(session: AppSession): boolean {
  return session.role === "MANAGER";
}

/** Every webhook read and write calls this first; no caller should ask on someone else's behalf. */
export function assertMayManageWebhooks(session: AppSession): void {
  if (!mayManageWebhooks(session)) throw new WebhookAccessError();
}
