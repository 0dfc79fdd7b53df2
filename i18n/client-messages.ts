// The message namespaces each part of the app hands to its client components.
// Server components translate on the server and need none of this; the browser
// gets only the words its client components use, so a customer's portal page
// carries no staff wording and /login only the login form's.
// i18n/client-messages.test.ts finds the namespaces each part's client
// components use and fails when one is missing here.

/** Groups of keys in one namespace: keysOf("lead")("reopen", "stages") is "lead.reopen", "lead.stages". */
const keysOf =
  (ns: string) =>
  (...keys: string[]) =>
    keys.map((key) => `${ns}.${key}`);
const leadList = keysOf("leadList");
// The lead list's filter bar, on the list and on the board: its words and the stages, sorts and channels it offers.
const LEAD_FILTERS_CLIENT = leadList("filters", "sorts", "stages", "readiness", "channels");
// The list's own client components: its table, cards, live updates and error page.
const LEAD_LIST_CLIENT = [
  ...LEAD_FILTERS_CLIENT,
  ...leadList("caption", "captionReversed", "columns", "campaign", "noContact", "unassigned", "notWaiting"),
  ...leadList("noFollowUp", "sla", "followUp", "live", "error"),
];

const lead = keysOf("lead");
const customer = keysOf("customer");
const orderStatus = keysOf("orderStatus");
// The "write to the customer" form on a lead and a customer: of messaging's words, the composer's (the
// templates' and the errors' are the settings pages' and the server's).
const MESSAGE_COMPOSER = keysOf("messaging")("compose", "channels", "locales");

export const CLIENT_NAMESPACES = {
  /** app/error.tsx, which renders under the root layout only. */
  root: ["common", "errors"],
  auth: ["common", "errors", "login"],
  portal: ["common", "errors", "userMenu", "orderStatus"],
  /** The staff frame (components/shell/staff-shell.tsx): its menus, and the group-level loading state. */
  staff: ["common", "errors", "userMenu", "bell", "search"],
  // Each staff section's pages get their own words from their section's layout, under the frame's:
  // a page no longer carries the wording of every other section (46 kB on each staff page before).
  /** Of the list's words, its client components' (cells, filters, live updates): 3 kB less. */
  leads: ["common", "errors", ...LEAD_LIST_CLIENT, "bulk", "repPicker"],
  /** Closed leads (app/(staff)/leads/closed), under the list's section: the list's words and the closed table's. */
  closedLeads: ["common", "errors", ...LEAD_LIST_CLIENT, "leadList.closed", "bulk", "repPicker"],
  /** The pipeline board (app/(staff)/leads/board), under the lead list's section: its stages and moves. */
  board: ["common", "errors", ...LEAD_FILTERS_CLIENT, "bulk", "pipeline", "repPicker"],
  /** The customer list. Its import and segment pages are the manager's (below): a rep's list carried their 13 kB. */
  customers: ["common", "errors", "customerList", "bulk", "repPicker"],
  /** The manager's customer pages (app/(manager)/customers): the import wizard and its history, segments. */
  customerAdmin: ["common", "errors", "customerList", "customerImport", "segmentSends", "bulk"],
  /** The dashboard's client components are its filter bar and charts: of its words, the filters' and channels' (the
   * KPI definitions, 7 kB, are rendered on the server). */
  dashboard: ["common", "errors", "dashboard.filters", "dashboard.channel", "repPicker"],
  /** Your account (app/(staff)/account): notifications, push, calendar feed, away and password. */
  account: ["common", "errors", "account"],
  /** My day (app/(staff)/agenda): its rows' quick actions log calls with the follow-up words. */
  agenda: ["common", "errors", "agenda", "followUp", "repPicker"],
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
  /** One lead's page (app/(record)/leads). A lead's and a customer's page each carried both sets (26 kB). */
  leadRecord: [
    "common",
    "errors",
    ...lead("assignment", "reopen", "stages", "errorTitle", "errorBody", "backToLeads"),
    "followUp",
    ...MESSAGE_COMPOSER,
    "repPicker",
  ],
  /** One customer's page and its orders' (app/(record)/customers). */
  customerRecord: [
    "common",
    "errors",
    ...customer("erase", "merge", "journeyMap", "errorTitle", "errorBody", "backToCustomers"),
    "consent",
    "orders.milestones",
    // Of the order page's words (7 kB, most of them the customer's own page), staff's forms and its error page.
    ...orderStatus("staff", "errorTitle", "errorBody"),
    ...MESSAGE_COMPOSER,
  ],
} as const;

export type ClientPart = keyof typeof CLIENT_NAMESPACES;

/**
 * The part's namespaces out of all the request's messages. An entry may name a namespace ("leadList") or a
 * group of keys in one ("dashboard.filters"): the client then gets that group only, under the same path.
 */
export function clientMessages(messages: Record<string, unknown>, part: ClientPart): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of CLIENT_NAMESPACES[part]) {
    const [ns, ...keys] = entry.split(".");
    if (!(ns in messages)) continue;
    if (keys.length === 0) {
      out[ns] = messages[ns];
      continue;
    }
    const value = keys.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      messages[ns],
    );
    if (value === undefined) continue;
    let target = (out[ns] ??= {}) as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }
  return out;
}
