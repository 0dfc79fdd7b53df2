// The longest text a type-ahead box sends: the top bar's search and the rep picker (their inputs'
// maxLength), and what their routes read of `q` (lib/validation/search-query.ts). No zod here: the
// boxes are client components.
export const SEARCH_TEXT_MAX = 100;
