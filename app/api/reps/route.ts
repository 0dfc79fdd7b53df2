import { repScopeSchema } from "@/lib/validation/search-query";
import { typeaheadRoute } from "@/server/search/typeahead-route";
import { searchSalesReps } from "@/server/users/rep-queries";

export const dynamic = "force-dynamic";

// GET /api/reps?q=<text>[&former=1][&team=<id>]: the rep picker (components/reps/rep-picker.tsx)
// asks as a manager types; the dashboard's also finds reps who have left, within the chosen team.
export const GET = typeaheadRoute(async (session, q, params) => {
  const scope = repScopeSchema.parse({
    former: params.get("former") ?? undefined,
    team: params.get("team") ?? undefined,
  });
  return { reps: await searchSalesReps(session, q, scope) };
});
