import { describe, expect, it } from "vitest";
import { contentItemSchema, parseContentFilter } from "./milestone-content";

const base = {
  id: "",
  version: "0",
  category: "CAR",
  milestone: "IN_PRODUCTION",
  locale: "nb",
  position: "0",
  title: "Hjemmelader",
  body: "Få en elektriker.",
};

describe("contentItemSchema", () => {
  it("accepts plain text and an https link", () => {
    expect(contentItemSchema.parse({ ...base, linkUrl: "https://www.elbil.no/lading/" })).toMatchObject({
      id: null,
      linkUrl: "https://www.elbil.no/lading/",
    });
    expect(contentItemSchema.parse({ ...base, linkUrl: "" })).toMatchObject({ linkUrl: null });
  });
  it("refuses links that are not https, so no script URL reaches the portal", () => {
    for (const linkUrl of [
      "javascript:alert(1)",
      "http://example.com",
      "https://exa mple.com",
      "data:text/html,<b>x</b>",
    ]) {
      expect(contentItemSchema.safeParse({ ...base, linkUrl }).success, linkUrl).toBe(false);
    }
  });
  it("requires a title and a body", () => {
    const result = contentItemSchema.safeParse({ ...base, title: "  ", body: "" });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(["titleRequired", "bodyRequired"]);
  });
});

describe("parseContentFilter", () => {
  it("falls back to defaults for anything unknown", () => {
    expect(parseContentFilter({ category: "BOATS", milestone: ["SHIPPED"], locale: "de" })).toEqual({
      category: "CAR",
      milestone: "SHIPPED",
      locale: "nb",
    });
  });
});
