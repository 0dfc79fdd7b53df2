// The segment name's limit, for the save dialog's input and saveSegmentSchema.
// Zod-free: client components import it without adding zod to the page's first JavaScript.

export const SEGMENT_NAME_MAX = 80;
