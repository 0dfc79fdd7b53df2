// The follow-up form's options, limits and field names, shared with the schema
// in follow-up.ts. Zod-free: the form imports it without adding zod to the
// page's first JavaScript.

export const FOLLOW_UP_TYPES = ["CALL", "EMAIL", "CHAT", "MEETING", "SMS"] as const;
export const FOLLOW_UP_OUTCOMES = [
  "REACHED", "NO_ANSWER", "LEFT_MESSAGE", "MEETING_BOOKED", "PROPOSAL_SENT", "NOT_INTERESTED", "CALL_BACK_LATER",
] as const;
export const LEAD_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "WON", "LOST"] as const;
export const NOTE_MAX = 2000;
export const LOST_REASON_MAX = 200;
/** A next follow-up further out than this is almost certainly a typo in the year. */
export const NEXT_FOLLOW_UP_MAX_DAYS = 366;

export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export type LeadStageName = (typeof LEAD_STAGES)[number];

export type FollowUpField = "type" | "outcome" | "note" | "nextFollowUpAt" | "stage" | "lostReason";
/** Keys of followUp.errors. */
export type FollowUpErrorCode =
  | "typeRequired" | "outcomeRequired" | "noteTooLong" | "dateInvalid" | "dateInPast" | "dateTooFar"
  | "stageInvalid" | "lostReasonRequired" | "lostReasonTooLong" | "formOutdated";
