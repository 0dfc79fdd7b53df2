import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("picks the highest-ranked supported language", () => {
    expect(localeFromAcceptLanguage("de-DE,da;q=0.8,en;q=0.5")).toBe("da");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,nb;q=0.8")).toBe("en");
  });
  it("serves Bokmål to Norwegian readers of any variant", () => {
    expect(localeFromAcceptLanguage("no")).toBe("nb");
    expect(localeFromAcceptLanguage("nn-NO,en;q=0.3")).toBe("nb");
    expect(localeFromAcceptLanguage("nb-NO")).toBe("nb");
  });
  it("respects q=0 and unsupported languages", () => {
    expect(localeFromAcceptLanguage("da;q=0,fr")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});
