import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { getContentCoverage } from "./coverage";
import { saveMilestoneContent } from "./service";

const item = (category: "KITCHEN" | "CAR", locale: "da" | "nb", title: string) => ({
  id: null,
  version: 0,
  category,
  milestone: "IN_PRODUCTION" as const,
  locale,
  position: 0,
  title,
  body: "Tekst.",
  linkUrl: null,
});

describe.each(testDatabases)("waiting-room content coverage on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("counts items per category, milestone and language, leaving gaps out; managers only", async () => {
    for (const [c, l, title] of [
      ["KITCHEN", "da", "Et"],
      ["KITCHEN", "da", "To"],
      ["CAR", "nb", "En"],
    ] as const)
      expect((await saveMilestoneContent(w.db, w.manager, item(c, l, title))).ok).toBe(true);
    expect(await getContentCoverage(w.db, w.manager)).toEqual({
      "KITCHEN-IN_PRODUCTION-da": 2,
      "CAR-IN_PRODUCTION-nb": 1,
    });
    expect(await getContentCoverage(w.db, w.sales)).toBeNull();
  });
});
