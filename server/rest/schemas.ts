import "server-only";
import { z } from "zod";
import { PROBLEM_TYPES } from "./problem";

// What every operation shares: ids, the page parameters and shape, problem details. Each schema
// is the parser of the request and, through .meta(), its description in the OpenAPI document.

export const idSchema = z
  .uuid()
  .meta({ description: "An id, as Reise gives it (a UUID).", example: "3f2c9a52-8a6e-4c54-9a2b-1e4e7f3a9b10" });

export const instant = z.iso.datetime({ offset: true });
/** Instants go out as ISO 8601 in UTC. */
export const instantOut = z.string().meta({ format: "date-time", example: "2026-11-24T09:15:00.000Z" });
export const iso = (v: Date) => v.toISOString();
export const isoOrNull = (v: Date | null) => (v ? v.toISOString() : null);

export const MAX_LIMIT = 100;
export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(25)
    .meta({ description: `Rows per page, 1–${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; leave it out for the first page." }),
});

export function pageOf<T extends z.ZodType>(row: T, id: string) {
  return z
    .object({
      data: z.array(row),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .meta({ id });
}

export const problemSchema = z
  .object({
    type: z
      .string()
      .meta({ description: "A URI reference naming the kind of problem.", example: "/docs/api#problem-not_found" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string().meta({ description: "The field, in dot notation." }), message: z.string() }))
      .optional()
      .meta({ description: "For validation_failed: each field that is wrong." }),
  })
  .meta({
    id: "Problem",
    description: `RFC 9457 problem details. Kinds: ${Object.keys(PROBLEM_TYPES).join(", ")}.`,
  });
