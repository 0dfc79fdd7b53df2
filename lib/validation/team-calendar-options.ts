// The team-calendar forms' limits, shared with the schemas in team-calendar.ts. Zod-free: the
// forms import it without adding zod to the page's first JavaScript.

export const CLOSED_DAY_NOTE_MAX = 120;
