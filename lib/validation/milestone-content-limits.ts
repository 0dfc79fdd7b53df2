// The waiting-room content form's locales and length limits, shared with the
// schemas in milestone-content.ts. Zod-free: client components import it
// without adding zod to the page's first JavaScript.

export const CONTENT_LOCALES = ["nb", "da", "en"] as const;
export const TITLE_MAX = 120;
export const BODY_MAX = 1000;
export const LINK_MAX = 500;
