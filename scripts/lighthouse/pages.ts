// The signed-in pages Lighthouse audits, as data: a page the build does not have
// is reported as skipped. `:leadId`, `:customerId` and `:orderId` are filled from
// the benchmark's sample ids (scripts/bench/sample-ids.ts).
import type { Who } from "../bench/routes";

export interface LighthousePage {
  id: string;
  path: string;
  as: Who;
}

export const PAGES: LighthousePage[] = [
  { id: "leads", path: "/leads", as: "sales" },
  { id: "lead", path: "/leads/:leadId", as: "sales" },
  { id: "leads-board", path: "/leads/board", as: "sales" },
  { id: "customers", path: "/customers", as: "sales" },
  { id: "customer", path: "/customers/:customerId", as: "sales" },
  { id: "agenda", path: "/agenda", as: "sales" },
  { id: "notifications", path: "/notifications", as: "sales" },
  { id: "dashboard", path: "/dashboard", as: "manager" },
  // /settings redirects to its first section.
  { id: "settings", path: "/settings/api-keys", as: "manager" },
  { id: "orders", path: "/orders", as: "customer" },
  { id: "order", path: "/orders/:orderId", as: "customer" },
];
