import { runJobsLater, runJobsLaterSchema } from "@/test/e2e-fixtures/run-jobs-later";

export const dynamic = "force-dynamic";

// Test builds only (REISE_TEST_BUILD=1): a production build does not compile `*.e2e.ts` (next.config.js).
export async function POST(request: Request) {
  const parsed = runJobsLaterSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: parsed.error.issues }, { status: 400 });
  return Response.json(await runJobsLater(parsed.data));
}
