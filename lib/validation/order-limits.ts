// Length limits of the order pages' forms, for the textareas (maxLength, the
// counter) and the schemas in orders.ts. Zod-free: client components import it
// without adding zod to the page's first JavaScript.

export const QUESTION_MAX = 1000;
export const REASON_MAX = 300;
export const REPLY_MAX = 2000;
