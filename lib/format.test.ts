import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";
import { formatPhone, normalisePhone } from "./format-phone";

// Intl separates groups with a narrow no-break space in nb and a full stop in da.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("writes kroner the Norwegian way", () => {
    expect(plain(formatMoney(45_990_000, "NOK", "nb"))).toBe("459 900 kr");
  });
  it("writes kroner the Danish way", () => {
    expect(plain(formatMoney(12_345_000, "DKK", "da"))).toBe("123.450 kr.");
  });
  it("keeps øre and cents when there are some", () => {
    expect(plain(formatMoney(1_234_550, "NOK", "nb"))).toBe("12 345,50 kr");
    expect(formatMoney(199_95, "EUR", "en")).toBe("€199.95");
  });
});

describe("formatPhone", () => {
  it("groups Norwegian mobiles 3-2-3 and landlines in pairs", () => {
    expect(formatPhone("+4791234567")).toBe("+47 912 34 567");
    expect(formatPhone("+4722334455")).toBe("+47 22 33 44 55");
  });
  it("groups Danish numbers in pairs", () => {
    expect(formatPhone("+4522334455")).toBe("+45 22 33 44 55");
  });
  it("leaves numbers it does not know as they are", () => {
    expect(formatPhone("+4915112345678")).toBe("+4915112345678");
    expect(formatPhone("12345")).toBe("12345");
  });
  it("normalises what people type, for search", () => {
    expect(normalisePhone(" +47 912 34 567 ")).toBe("+4791234567");
    expect(normalisePhone("0047 912-34-567")).toBe("+4791234567");
    expect(normalisePhone("912 34 567")).toBe("91234567");
  });
});
