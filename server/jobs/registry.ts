import "server-only";
import { passwordResetMailJob } from "@/server/auth/password-reset";
import { staffInviteMailJob } from "@/server/users/invite";
import type { JobDefinition } from "./define";
import { pruneJobsJob } from "./prune";

// Every kind of job the runner may run. A kind missing here is never claimed by this build (an
// older instance during a rolling deploy leaves a newer kind to the instances that know it).
export const registeredJobs: JobDefinition[] = [pruneJobsJob, passwordResetMailJob, staffInviteMailJob];
