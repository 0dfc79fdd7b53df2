// The rep picker's answer (GET /api/reps), shared by the route and the picker. No zod here: the
// picker is on every list page's first load (lib/validation/search-query.ts parses the query).

/** At most this many reps per answer: a name is found by typing more of it. */
export const REP_SEARCH_LIMIT = 20;

/** One rep as the picker shows it: the team tells two reps of the same name apart. */
export type RepOption = {
  id: string;
  name: string;
  team: string | null;
  /** Only when former reps were asked for (the dashboard): this one has left. */
  left?: true;
};

/** Which reps to search: also those who have left (their numbers stay in the history), one team's. */
export type RepScope = { former?: boolean; teamId?: string | null };

/** The picker's request for `scope`, without the text (use-typeahead adds `q`). */
export function repSearchEndpoint(scope: RepScope = {}): string {
  const params = new URLSearchParams();
  if (scope.former) params.set("former", "1");
  if (scope.teamId) params.set("team", scope.teamId);
  const query = params.toString();
  return query ? `/api/reps?${query}` : "/api/reps";
}
