import { z } from "zod";
import { SEARCH_TEXT_MAX } from "@/lib/search/text-limit";
import { cleanSearchText } from "./plain-text";

// ?q=… of the type-ahead routes (GET /api/search, GET /api/reps). Anyone can call them by hand, so
// the text is cleaned like every search box's: control characters out, SEARCH_TEXT_MAX at most.

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(SEARCH_TEXT_MAX * 4)
    .transform((s) => cleanSearchText(s, SEARCH_TEXT_MAX)),
});

/**
 * GET /api/reps's scope (former=1, team=<id>) as the search takes it (RepScope in
 * lib/search/rep-option.ts): a value the picker never sends means "not asked".
 */
export const repScopeSchema = z
  .object({
    former: z.literal("1").optional().catch(undefined),
    team: z.uuid().optional().catch(undefined),
  })
  .transform(({ former, team }) => ({ former: former === "1", teamId: team ?? null }));
