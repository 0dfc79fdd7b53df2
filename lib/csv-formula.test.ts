import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutraliseFormula } from "./csv-formula";

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ["+4791234567", "'+4791234567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("prefixes %j with an apostrophe", (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
    expect(looksLikeFormula(input)).toBe(true);
  });

  it.each(["Kari Nordmann", "kari@example.no", "Oslo", " =not first", "1+1", "'already"])(
    "leaves %j alone",
    (input) => {
      expect(neutraliseFormula(input)).toBe(input);
      expect(looksLikeFormula(input)).toBe(false);
    },
  );

  it("writes empty cells for missing values and text for numbers", () => {
    expect(neutraliseFormula(null)).toBe("");
    expect(neutraliseFormula(undefined)).toBe("");
    expect(neutraliseFormula(42)).toBe("42");
    expect(neutraliseFormula(-1)).toBe("'-1");
  });
});
