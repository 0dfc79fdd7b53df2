import { repSearchQuerySchema } from "@/lib/validation/rep-search";
import { getSession } from "@/server/auth/session";
import { searchSalesReps } from "@/server/users/rep-queries";

export const dynamic = "force-dynamic";

// GET /api/reps?q=<text>: the rep picker (components/reps/rep-picker.tsx) asks as a manager types.
// A route, not a server action, for the same reason as /api/search: a GET the next keystroke aborts.

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  const session = await getSession();
  if (!session || session.role === "CUSTOMER")
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
  const parsed = repSearchQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success)
    return Response.json({ error: "q must be at most 100 characters of text" }, { status: 400, headers: noStore });
  return Response.json({ reps: await searchSalesReps(session, parsed.data.q) }, { headers: noStore });
}
