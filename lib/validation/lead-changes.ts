import { z } from "zod";

// The query of GET /api/leads/changes: "how many leads changed since <ISO time>". The lead list
// sends back the `now` of its last answer, but anyone can call the route by hand: a time the
// database cannot compare with (year 0 is refused by PostgreSQL) must be a 400, not a 500.
// No lead predates 1970, so an earlier `since` is a mistake, not a question.

const EARLIEST = Date.UTC(1970, 0, 1);

export const leadChangesQuerySchema = z.object({
  since: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s))
    .refine((at) => at.getTime() >= EARLIEST, "since must not be before 1970"),
});
