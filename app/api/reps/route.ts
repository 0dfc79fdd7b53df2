import { typeaheadRoute } from "@/server/search/typeahead-route";
import { searchSalesReps } from "@/server/users/rep-queries";

export const dynamic = "force-dynamic";

// GET /api/reps?q=<text>: the rep picker (components/reps/rep-picker.tsx) asks as a manager types.
export const GET = typeaheadRoute(async (session, q) => ({ reps: await searchSalesReps(session, q) }));
