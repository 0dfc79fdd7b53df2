import { createCustomerFixture, customerFixtureSchema } from "@/test/e2e-fixtures/customer-fixtures";

export const dynamic = "force-dynamic";

// Test builds only (REISE_TEST_BUILD=1): a production build does not compile `*.e2e.ts` (next.config.js).
export async function POST(request: Request) {
  const parsed = customerFixtureSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: parsed.error.issues }, { status: 400 });
  return Response.json(await createCustomerFixture(parsed.data), { status: 201 });
}
