import { describe, expect, it } from "vitest";
import { smsLength } from "./sms-length";

describe("SMS parts", () => {
  it("counts Norwegian and Danish letters as GSM: 160 in one part, 153 per part after", () => {
    expect(smsLength("æøåÆØÅ".repeat(26) + "abcd")).toMatchObject({ encoding: "GSM", units: 160, parts: 1 });
    expect(smsLength("a".repeat(161))).toMatchObject({ parts: 2 });
    expect(smsLength("a".repeat(306))).toMatchObject({ parts: 2 });
    expect(smsLength("a".repeat(307))).toMatchObject({ parts: 3 });
  });

  it("counts € and brackets twice, and an emoji makes the whole text UCS-2 (70, then 67)", () => {
    expect(smsLength("€".repeat(80))).toMatchObject({ encoding: "GSM", units: 160, parts: 1 });
    expect(smsLength("Hei 👋")).toMatchObject({ encoding: "UCS2", parts: 1 });
    expect(smsLength("👋" + "a".repeat(69))).toMatchObject({ encoding: "UCS2", units: 71, parts: 2 });
  });

  it("refuses more than six parts", () => {
    expect(smsLength("a".repeat(918)).tooLong).toBe(false);
    expect(smsLength("a".repeat(919)).tooLong).toBe(true);
  });
});
