// The agenda's groups and limits, zod-free so the page's client parts may import them.

/** In the order the page shows them. */
export const AGENDA_GROUPS = ["overdue", "today", "questions", "soon"] as const;
export type AgendaGroupKey = (typeof AGENDA_GROUPS)[number];

/** Rows per group; the rest are behind "See all" in the lead list. */
export const AGENDA_GROUP_LIMIT = 10;

/**
 * Inbound touchpoints that are a customer writing to us about something under way: a question on
 * an order, a reply by e-mail or SMS. A first chat or a callback request opens a lead; its clock
 * shows under overdue or soon due like any new lead's.
 */
export const QUESTION_KINDS = ["ORDER_QUESTION", "EMAIL", "SMS"] as const;
