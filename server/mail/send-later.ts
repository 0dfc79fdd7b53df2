import "server-only";
import { after } from "next/server";

// Mail that must not hold up the answer: the request is answered first, and the mail is sent
// after it (Next's after(); outside a request, e.g. in a script, it simply runs detached). A
// failure is logged, never thrown at a user who has already been answered.
// Only the customers' sign-in link still goes this way (the staff mails are jobs): next-auth hands
// over the link without a database handle, and the link is worth nothing half an hour later, so a
// crash before sending costs the customer one more click on "send me a link".

export function sendAfterResponse(what: string, task: () => Promise<void>): void {
  const run = () =>
    task().catch((error: unknown) => console.error(`[mail] ${what} failed: ${(error as Error).message}`));
  try {
    after(run);
  } catch {
    void run();
  }
}
