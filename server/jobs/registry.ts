import "server-only";
import { signInLinkMailJob } from "@/server/auth/magic-link-mail";
import { passwordResetMailJob } from "@/server/auth/password-reset";
import { leadRescoreJob } from "@/server/leads/rescore-job";
import { automationRunJob } from "@/server/automations/run-job";
import { customerImportCheckJob } from "@/server/customer-import/check-job";
import { customerImportJob } from "@/server/customer-import/import-job";
import { automationSweepJob } from "@/server/automations/sweep";
import { messageDeliverJob } from "@/server/messaging/deliver-job";
import { pushSendJob } from "@/server/push/send-job";
import { segmentSendBatchJob } from "@/server/segment-sends/batch-job";
import { customerImportUndoJob } from "@/server/customer-import/undo-job";
import { staffInviteMailJob } from "@/server/users/invite";
import { webFormOptInMailJob } from "@/server/web-forms/opt-in";
import { slaBreachJob, slaEscalateJob, slaWarningJob } from "@/server/notifications/clock-jobs";
import { slaSweepJob } from "@/server/notifications/clock-sweep";
import { notificationDigestJob } from "@/server/notifications/digest";
import { followUpDueJob } from "@/server/notifications/follow-up-jobs";
import { notificationPushJob } from "@/server/notifications/push-delivery";
import { webhookDeliverJob } from "@/server/webhooks/deliver-job";
import type { JobDefinition } from "./define";
import { pruneJobsJob } from "./prune";
import { apiPruneJob } from "@/server/rest/prune-job";
import { dbUpkeepJob } from "@/server/db/upkeep-job";
import { weeklyReportJob, weeklyReportSweepJob } from "@/server/goals/weekly-report";

// Every kind of job the runner may run. A kind missing here is never claimed by this build (an
// older instance during a rolling deploy leaves a newer kind to the instances that know it).
export const registeredJobs: JobDefinition[] = [
  pruneJobsJob,
  apiPruneJob,
  dbUpkeepJob,
  passwordResetMailJob,
  signInLinkMailJob,
  staffInviteMailJob,
  slaWarningJob,
  slaBreachJob,
  slaEscalateJob,
  slaSweepJob,
  followUpDueJob,
  notificationDigestJob,
  notificationPushJob,
  pushSendJob,
  messageDeliverJob,
  leadRescoreJob,
  automationRunJob,
  automationSweepJob,
  segmentSendBatchJob,
  customerImportCheckJob,
  customerImportJob,
  customerImportUndoJob,
  webhookDeliverJob,
  webFormOptInMailJob,
  weeklyReportSweepJob,
  weeklyReportJob,
];
