import { describe, expect, it } from "vitest";
import { foldedWords, foldText } from "./fold";
import { isEmptySearch, parseSearchTerms, phoneSearchDigits } from "./terms";

describe("foldText", () => {
  it("ignores case, accents and diacritics", () => {
    expect(foldText("Müller")).toBe("muller");
    expect(foldText("MÜLLER")).toBe("muller");
    expect(foldText("Élodie Çelik Łukasz Šťastný")).toBe("elodie celik lukasz stastny");
  });

  it("folds the Nordic letters as Norwegians and Danes type them without them", () => {
    expect(foldText("Ærø")).toBe("aero");
    expect(foldText("aerø")).toBe(foldText("ærø"));
    expect(foldText("Bjørn Åse Straße")).toBe("bjorn ase strasse");
  });

  it("leaves letters outside the table as they are", () => {
    expect(foldText("Ирина")).toBe("Ирина");
  });
});

describe("foldedWords", () => {
  it("splits at spaces and punctuation, as an e-mail address's parts", () => {
    expect(foldedWords("  Hans.Müller@Example.no ")).toEqual(["hans", "muller", "example", "no"]);
  });

  it("cuts long words to the indexed prefix length", () => {
    expect(foldedWords("a".repeat(40))).toEqual(["a".repeat(20)]);
  });
});

describe("phoneSearchDigits", () => {
  it("reads every way a phone is typed as the digits after the country's + or 00", () => {
    expect(phoneSearchDigits("+47 912 34 567")).toBe("4791234567");
    expect(phoneSearchDigits("0047 912 34 567")).toBe("4791234567");
    expect(phoneSearchDigits("0045 22-33-44-55")).toBe("4522334455");
    expect(phoneSearchDigits("912 34 567")).toBe("91234567");
    expect(phoneSearchDigits("(912) 34-567")).toBe("91234567");
  });

  it("is null for text and for fewer than three digits", () => {
    expect(phoneSearchDigits("muller")).toBeNull();
    expect(phoneSearchDigits("12")).toBeNull();
    expect(phoneSearchDigits("NB-100234")).toBeNull();
  });
});

describe("parseSearchTerms", () => {
  it("makes a name query folded words", () => {
    expect(parseSearchTerms("Hans MÜLLER")).toEqual({ words: ["hans", "muller"], order: null });
  });

  it("makes a phone one word of digits, and digits alone also an order number", () => {
    expect(parseSearchTerms("0047 912 34 567").words).toEqual(["4791234567"]);
    expect(parseSearchTerms("100234")).toEqual({ words: ["100234"], order: { prefix: null, digits: "100234" } });
    expect(parseSearchTerms("+47 912").order).toBeNull();
  });

  it("reads an order number with its prefix in any case, with or without the dash", () => {
    expect(parseSearchTerms("NB-100234").order).toEqual({ prefix: "NB", digits: "100234" });
    expect(parseSearchTerms("nb100234").order).toEqual({ prefix: "NB", digits: "100234" });
    expect(parseSearchTerms("nb 100234").order).toEqual({ prefix: "NB", digits: "100234" });
  });

  it("is empty for punctuation only", () => {
    expect(isEmptySearch(parseSearchTerms(" .-, "))).toBe(true);
    expect(isEmptySearch(parseSearchTerms("a"))).toBe(false);
  });
});
