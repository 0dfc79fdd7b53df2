// The rep picker's answer (GET /api/reps), shared by the route and the picker. No zod here: the
// picker is on every list page's first load (lib/validation/rep-search.ts parses the query).

/** At most this many reps per answer: a name is found by typing more of it. */
export const REP_SEARCH_LIMIT = 20;

/** One rep as the picker shows it: the team tells two reps of the same name apart. */
export type RepOption = { id: string; name: string; team: string | null };
