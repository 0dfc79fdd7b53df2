// The message namespaces each part of the app hands to its client components.
// Server components translate on the server and need none of this; the browser
// gets only the words its client components use, so a customer's portal page
// carries no staff wording and /login only the login form's.
// i18n/client-messages.test.ts finds the namespaces each part's client
// components use and fails when one is missing here.

export const CLIENT_NAMESPACES = {
  /** app/error.tsx, which renders under the root layout only. */
  root: ["common", "errors"],
  auth: ["common", "errors", "login"],
  portal: ["common", "errors", "userMenu", "orderStatus"],
  /** The staff frame (components/shell/staff-shell.tsx): its menus, and the group-level loading state. */
  staff: ["common", "errors", "userMenu", "bell", "search"],
  // Each staff section's pages get their own words from their section's layout, under the frame's:
  // a page no longer carries the wording of every other section (46 kB on each staff page before).
  leads: ["common", "errors", "leadList", "bulk"],
  /** The pipeline board (app/(staff)/leads/board), under the lead list's section: its stages and moves. */
  board: ["common", "errors", "leadList", "bulk", "pipeline"],
  customers: ["common", "errors", "customerList", "customerImport", "segmentSends", "bulk"],
  dashboard: ["common", "errors", "dashboard"],
  /** Your account (app/(staff)/account): notifications, push, calendar feed, away and password. */
  account: ["common", "errors", "account"],
  /** My day (app/(staff)/agenda): its rows' quick actions log calls with the follow-up words. */
  agenda: ["common", "errors", "agenda", "followUp"],
  settings: [
    "common",
    "errors",
    "settings",
    "staffUsers",
    "account",
    "journey",
    "orderStatus",
    "messaging",
    "apiKeys",
    "webhooks",
    "webForms",
    "pipeline",
    "goals",
  ],
  /** One lead's, customer's or order's page (app/(record)). */
  record: [
    "common",
    "errors",
    "lead",
    "followUp",
    "journey",
    "customer",
    "consent",
    "orders",
    "orderStatus",
    "messaging",
  ],
} as const;

export type ClientPart = keyof typeof CLIENT_NAMESPACES;

/** The part's namespaces out of all the request's messages. */
export function clientMessages(messages: Record<string, unknown>, part: ClientPart): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES[part].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
