import { FollowUpOutcome, FollowUpType, type LeadStage } from "@/generated/prisma/enums";
import { LEAD_STAGES } from "@/lib/lead-stages";

// The follow-up form's options, limits and field names, shared with the schema
// in follow-up.ts. Zod-free: the form imports it without adding zod to the
// page's first JavaScript.

export const FOLLOW_UP_TYPES = Object.values(FollowUpType);
export const FOLLOW_UP_OUTCOMES = Object.values(FollowUpOutcome);
export { LEAD_STAGES };
export const NOTE_MAX = 2000;
export const LOST_REASON_MAX = 200;
/** A next follow-up further out than this is almost certainly a typo in the year. */
export const NEXT_FOLLOW_UP_MAX_DAYS = 366;

export type { FollowUpType, FollowUpOutcome };
export type LeadStageName = LeadStage;

export type FollowUpField = "type" | "outcome" | "note" | "nextFollowUpAt" | "stage" | "lostReason" | "lostReasonId";
/** Keys of followUp.errors. */
export type FollowUpErrorCode =
  | "typeRequired"
  | "outcomeRequired"
  | "noteTooLong"
  | "dateInvalid"
  | "dateInPast"
  | "dateTooFar"
  | "stageInvalid"
  | "lostReasonRequired"
  | "lostReasonTooLong"
  | "lostReasonInvalid"
  | "formOutdated";
