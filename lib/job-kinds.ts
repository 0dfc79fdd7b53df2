// The words for each kind of background job (messages/<locale>/settings.json, jobs.kinds), for the
// operators' page. A kind's name holds dots, which the message keys cannot; a kind missing here is
// shown by its name, and server/jobs/failed-jobs.test.ts fails for a registered kind left out.

export const JOB_KIND_LABELS: Readonly<Record<string, string>> = {
  "jobs.prune": "prune",
  "api.prune": "apiPrune",
  "db.upkeep": "dbUpkeep",
  "mail.password-reset": "passwordReset",
  "mail.sign-in-link": "signInLink",
  "mail.staff-invite": "staffInvite",
  "sla.warning": "slaWarning",
  "sla.breach": "slaBreach",
  "sla.escalate": "slaEscalate",
  "sla.sweep": "slaSweep",
  "follow-up.due": "followUpDue",
  "notifications.digest": "digest",
  "notifications.push": "notificationPush",
  "push.send": "pushSend",
  "message.deliver": "messageDeliver",
  "lead.rescore": "leadRescore",
  "automation.run": "automationRun",
  "automation.sweep": "automationSweep",
  "segment-send.batch": "segmentSendBatch",
  "customer-import.check": "customerImportCheck",
  "customer-import.batch": "customerImport",
  "customer-import.undo": "customerImportUndo",
  "webhook.deliver": "webhookDeliver",
  "mail.web-form-opt-in": "webFormOptIn",
  "reports.weekly-sweep": "weeklyReportSweep",
  "reports.weekly": "weeklyReport",
};
