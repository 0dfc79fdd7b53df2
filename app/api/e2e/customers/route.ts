import { fixturesEnabled } from "@/server/e2e/fixtures";
import { createCustomerFixture, customerFixtureSchema } from "@/server/e2e/customer-fixtures";

export const dynamic = "force-dynamic";

// Test-only: answers 404 unless REISE_E2E_FIXTURES=1 (set by playwright.config.ts).
export async function POST(request: Request) {
  if (!fixturesEnabled()) return new Response("Not found", { status: 404 });
  const parsed = customerFixtureSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: parsed.error.issues }, { status: 400 });
  return Response.json(await createCustomerFixture(parsed.data), { status: 201 });
}
