import { typeaheadRoute } from "@/server/search/typeahead-route";
import { globalSearch } from "@/server/search/global-search";

export const dynamic = "force-dynamic";

// GET /api/search?q=<text>: the top bar's search (components/shell/global-search.tsx), grouped
// customers, leads and orders the caller may open.
export const GET = typeaheadRoute(globalSearch);
