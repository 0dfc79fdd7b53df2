import { z } from "zod";
import { GLOBAL_SEARCH_MAX } from "@/lib/search/result";
import { cleanSearchText } from "./plain-text";

// GET /api/search?q=…: the top bar's search. Anyone can call the route by hand, so the text is
// cleaned like every search box's (control characters out, 100 characters at most); a query of
// fewer than two characters is answered with nothing rather than with half the database.

export const globalSearchQuerySchema = z.object({
  q: z
    .string()
    .max(GLOBAL_SEARCH_MAX * 4)
    .transform((s) => cleanSearchText(s, GLOBAL_SEARCH_MAX)),
});
