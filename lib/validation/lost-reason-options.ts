// Limits of the lost-reason list, zod-free for the settings editor and the lost dialog.

/** A reason is a short label a rep picks in a list ("Price too high"), not a sentence. */
export const LOST_REASON_LABEL_MAX = 80;
/** Enough for any real list; a list longer than this is no longer a choice a rep can make at a glance. */
export const LOST_REASONS_MAX = 50;
