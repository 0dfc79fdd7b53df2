import { describe, expect, it } from "vitest";
import { cleanSearchText, oneLine } from "./plain-text";

// What a URL cannot carry (a URL turns half a surrogate pair into U+FFFD) but a saved segment's
// JSON or a form field can.
describe("cleanSearchText and oneLine", () => {
  it.each([
    ["Kari\ud800", "Kari"],
    ["\udc00Kari", "Kari"],
    ["Kari 😀", "Kari 😀"],
    ["  \u0000 ", ""],
    ["Ka\tri\u2028Nord\u0000mann", "Ka ri Nordmann"],
  ])("cleans %j to %j", (raw, clean) => {
    expect(cleanSearchText(raw, 100)).toBe(clean);
  });

  it("cuts at the limit without splitting a character", () => {
    expect(cleanSearchText("😀".repeat(3), 2)).toBe("😀😀");
    expect(cleanSearchText("x".repeat(100_000), 100)).toHaveLength(100);
    expect(oneLine("a\r\nb\u0000c")).toBe("a bc");
  });
});
