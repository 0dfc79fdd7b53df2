import { z } from "zod";
import { cleanSearchText } from "./plain-text";

// GET /api/reps?q=…: the rep picker's search. Anyone can call it by hand: the text is cleaned
// like every search box's, and the answer is short (lib/search/rep-option.ts).

const MAX = 100;

export const repSearchQuerySchema = z.object({
  q: z
    .string()
    .max(MAX * 4)
    .transform((s) => cleanSearchText(s, MAX)),
});
