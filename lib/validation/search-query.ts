import { z } from "zod";
import { cleanSearchText } from "./plain-text";

// ?q=… of the type-ahead routes (GET /api/search, GET /api/reps). Anyone can call them by hand, so
// the text is cleaned like every search box's: control characters out, 100 characters at most.

export const SEARCH_QUERY_MAX = 100;

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(SEARCH_QUERY_MAX * 4)
    .transform((s) => cleanSearchText(s, SEARCH_QUERY_MAX)),
});

/** GET /api/reps's scope (lib/search/rep-option.ts): a value the picker never sends means "not asked". */
export const repScopeSchema = z.object({
  former: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  team: z.uuid().optional().catch(undefined),
});
