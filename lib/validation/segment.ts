import { z } from "zod";
import { parseCustomerFilters, segmentFiltersOf, type CustomerSegmentFilters } from "./customer-filters";
import { oneLine } from "./plain-text";
import { SEGMENT_NAME_MAX } from "./segment-limits";
export * from "./segment-limits";

// The "save as segment" form. The filters travel as the list's own query string (what the URL
// shows), parsed again with the list's schema: the server never stores filters it did not check.
// Error messages are keys of customerList.segments.errors.

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "1", z.boolean());

export const saveSegmentSchema = z.object({
  name: z.preprocess(
    // A name is one line; PostgreSQL cannot store a NUL byte in it.
    (v) => (typeof v === "string" ? oneLine(v).trim() : ""),
    z.string().min(1, "nameRequired").max(SEGMENT_NAME_MAX, "nameTooLong"),
  ),
  search: z
    .preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(2000))
    .transform((s): CustomerSegmentFilters => segmentFiltersOf(parseCustomerFilters(new URLSearchParams(s)))),
  shared: checkbox,
  marketing: checkbox,
});

export type SaveSegmentInput = z.output<typeof saveSegmentSchema>;
