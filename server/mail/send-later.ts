import "server-only";
import { after } from "next/server";

// Mail that must not hold up the answer: the request is answered first, and the mail is sent
// after it (Next's after(); outside a request, e.g. in a script, it simply runs detached). A
// failure is logged, never thrown at a user who has already been answered.
// Until the job runner exists, a crash between answering and sending loses the mail; the job
// runner will make it durable and retried.

export function sendAfterResponse(what: string, task: () => Promise<void>): void {
  const run = () => task().catch((error: unknown) => console.error(`[mail] ${what} failed: ${(error as Error).message}`));
  try {
    after(run);
  } catch {
    void run();
  }
}
