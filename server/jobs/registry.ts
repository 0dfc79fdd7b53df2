import "server-only";
import type { JobDefinition } from "./define";
import { pruneJobsJob } from "./prune";

// Every kind of job the runner may run. A kind missing here is never claimed by this build (an
// older instance during a rolling deploy leaves a newer kind to the instances that know it).
export const registeredJobs: JobDefinition[] = [pruneJobsJob];
