import "server-only";
import { SEARCH_TEXT_MAX } from "@/lib/search/text-limit";
import { searchQuerySchema } from "@/lib/validation/search-query";
import { getSession, type AppSession } from "@/server/auth/session";

// A GET route a type-ahead field asks as a person types (components/ui/use-typeahead.ts): a route,
// not a server action, because the next keystroke aborts it. Staff only; a customer gets the same
// 401 as a stranger, since staff data does not exist for them. Never cached.

const noStore = { "Cache-Control": "no-store" };

export function typeaheadRoute<T>(answer: (session: AppSession, q: string, params: URLSearchParams) => Promise<T>) {
  return async function GET(request: Request): Promise<Response> {
    const session = await getSession();
    if (!session || session.role === "CUSTOMER")
      return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
    const params = new URL(request.url).searchParams;
    const parsed = searchQuerySchema.safeParse({ q: params.get("q") ?? "" });
    if (!parsed.success)
      return Response.json(
        { error: `q must be at most ${SEARCH_TEXT_MAX} characters of text` },
        { status: 400, headers: noStore },
      );
    return Response.json(await answer(session, parsed.data.q, params), { headers: noStore });
  };
}
