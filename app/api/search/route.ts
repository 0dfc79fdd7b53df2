import { globalSearchQuerySchema } from "@/lib/validation/global-search";
import { getSession } from "@/server/auth/session";
import { globalSearch } from "@/server/search/global-search";

export const dynamic = "force-dynamic";

// GET /api/search?q=<text>: the top bar's search (components/shell/global-search.tsx), grouped
// customers, leads and orders the caller may open. A route, not a server action: the dialog asks
// as the person types, and a GET can be aborted when the next keystroke supersedes it.

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  const session = await getSession();
  // A customer gets the same answer as a stranger: staff data does not exist for them.
  if (!session || session.role === "CUSTOMER")
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
  const parsed = globalSearchQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success)
    return Response.json({ error: "q must be at most 100 characters of text" }, { status: 400, headers: noStore });
  return Response.json(await globalSearch(session, parsed.data.q), { headers: noStore });
}
