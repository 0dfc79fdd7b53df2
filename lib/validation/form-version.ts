import { z } from "zod";

// A record's version sent back by a form (a hidden input): a whole number a PostgreSQL integer holds.
// Only a tampered or stale form gets it wrong, so every failure reads "formOutdated".
export const formVersionField = () =>
  z
    .string({ error: "formOutdated" })
    .regex(/^\d{1,10}$/, "formOutdated")
    .transform(Number)
    .pipe(z.number().max(2_147_483_647, "formOutdated"));
