import { z } from "zod";

// Settings → Background jobs: the failed list's cursor lives in the URL (a malformed one means the
// first page, never an error page), and "Try again" names one job by its id.

export const FAILED_JOBS_PAGE_SIZE = 25;

export const failedJobsSearchSchema = z.object({
  cursor: z.string().max(200).optional().catch(undefined),
});
export type FailedJobsSearch = z.infer<typeof failedJobsSearchSchema>;

export const retryJobSchema = z.object({ id: z.uuid() });
