import { describe, expect, it } from "vitest";
import { ROUTES, routePath, routePattern } from "./routes";

describe("routePath", () => {
  const ids = { leadId: ["l1", "l2"], customerId: ["c1"], orderId: [] };
  const lead = ROUTES.find((r) => r.id === "lead")!;

  it("fills the id placeholder, a different sample on each request", () => {
    expect([0, 1, 2].map((i) => routePath(lead, ids, i))).toEqual(["/leads/l1", "/leads/l2", "/leads/l1"]);
    expect(
      routePath(
        ROUTES.find((r) => r.id === "leads-filtered")!,
        ids,
        0,
      ),
    ).toContain("stage=NEW");
  });

  it("names the route as the build does", () => {
    expect(routePattern(lead)).toBe("/leads/[leadId]");
    expect(routePattern(ROUTES.find((r) => r.id === "leads-filtered")!)).toBe("/leads");
  });

  it("says which ids are missing", () => {
    expect(() =>
      routePath(
        ROUTES.find((r) => r.id === "order")!,
        ids,
        0,
      ),
    ).toThrow(/no sample orderId/);
  });
});
