// The pages the benchmark loads, as data: add a route here when it lands.
// `:leadId`, `:customerId` and `:orderId` are filled from sample ids (a different
// one on each request, so no single record stays warm). A route the build does
// not have yet is reported as "skipped: route not built", not as a failure.
import type { Targets } from "./result";

export type Who = "sales" | "manager" | "customer";

export interface RouteSpec {
  id: string;
  path: string;
  as: Who;
  targets: Targets;
}

const LIST = { p95Ms: 100, sqlRatio: 1.5 };

export const ROUTES: RouteSpec[] = [
  { id: "leads", path: "/leads", as: "sales", targets: LIST },
  { id: "leads-filtered", path: "/leads?stage=NEW,CONTACTED&channel=CHAT&sort=waiting", as: "manager", targets: LIST },
  { id: "lead", path: "/leads/:leadId", as: "sales", targets: LIST },
  { id: "customers", path: "/customers", as: "sales", targets: LIST },
  // The two filters that once missed 100 ms: "quiet for 90+ days" (an OR the index could not start
  // from) and phase + city prefix (a sequential scan before the index on lower(city)).
  { id: "customers-dormant", path: "/customers?activity=dormant", as: "manager", targets: LIST },
  { id: "customers-filtered", path: "/customers?stage=PURCHASE&city=fre", as: "sales", targets: LIST },
  { id: "customer", path: "/customers/:customerId", as: "sales", targets: LIST },
  { id: "dashboard", path: "/dashboard", as: "manager", targets: { p95Ms: 300 } },
  // The default range is 90 days; a year is the heaviest preset.
  { id: "dashboard-12m", path: "/dashboard?range=12m", as: "manager", targets: { p95Ms: 300 } },
  // The bell: its panel's request, whose SQL (session, unread count, newest page) must stay ≤ 20 ms.
  { id: "notifications-bell", path: "/api/notifications?limit=8", as: "sales", targets: { sqlP95Ms: 20 } },
  // Its SQL is a few ms (the same list query), so a page/SQL ratio would only measure rendering.
  { id: "notifications", path: "/notifications", as: "sales", targets: { p95Ms: 100 } },
  // The order page issue: server time p95 ≤ 50 ms on the large dataset.
  { id: "order", path: "/orders/:orderId", as: "customer", targets: { p95Ms: 50 } },
];

export const ACTION_TARGETS: Record<string, Targets> = {
  "follow-up": { p95Ms: 50 },
};

export const FIRST_LOAD_LIMIT_BYTES = 200 * 1024;

export type SampleIds = Record<"leadId" | "customerId" | "orderId", string[]>;

/** The route as the build names it: "/leads/:leadId?x=1" → "/leads/[leadId]". */
export function routePattern(spec: RouteSpec): string {
  return spec.path.split("?")[0].replace(/:(\w+)/g, "[$1]");
}

/** The route's path for request number i. */
export function routePath(spec: RouteSpec, ids: SampleIds, i: number): string {
  return spec.path.replace(/:(leadId|customerId|orderId)/g, (_, key: keyof SampleIds) => {
    const list = ids[key];
    if (!list.length) throw new Error(`no sample ${key} in the database for ${spec.id}`);
    return list[i % list.length];
  });
}
