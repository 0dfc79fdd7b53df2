import { ConsentPurpose } from "@/generated/prisma/enums";
// The consent form's choices and the erase dialog's name check, shared with the
// schemas in consent.ts. Zod-free: client components import it without adding
// zod to the page's first JavaScript.

export const CONSENT_PURPOSES = Object.values(ConsentPurpose);
export type ConsentPurposeName = (typeof CONSENT_PURPOSES)[number];

/** How staff heard it. Stored as the code; the seed's older rows carry free words, shown as they are. */
export const CONSENT_SOURCES = ["phone", "in_store", "email", "letter", "meeting"] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** The typed confirmation matches when it is the name, ignoring case and surrounding spaces. */
export function confirmsName(typed: string, name: string): boolean {
  return typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
}

/**
 * What Reise itself records as the source of a consent change (an import, its undo, the one-click
 * unsubscribe link, a web form's confirmed opt-in), each with its message key under
 * consent.systemSources, so the history reads in the reader's language.
 */
export const SYSTEM_CONSENT_SOURCES: Readonly<Record<string, string>> = {
  import: "import",
  "import undone": "importUndone",
  "unsubscribe link": "unsubscribeLink",
  // server/web-forms/opt-in.ts OPT_IN_SOURCE
  "web form (confirmed)": "webFormConfirmed",
};
