import { describe, expect, it } from "vitest";
import { normalizeSignInEmail, staffLoginSchema } from "./auth";

// Every spelling next-auth would turn into anna@t.test is anna@t.test here too,
// or is refused: never a second name for the same inbox.
const same = [
  "anna@t.test",
  "ANNA@T.TEST",
  "Anna@T.Test",
  " anna@t.test ",
  "\tanna@t.test\n",
  "\u00a0anna@t.test",
  "anna@t.test\u3000",
  "ａｎｎａ@ｔ.ｔｅｓｔ",
  "ａnna@t.test",
  "anna\uff20t.test",
  `${" ".repeat(600)}anna@t.test`,
];
const refused = [
  "",
  "anna",
  "anna@",
  "@t.test",
  "anna@t",
  "anna@t.test,1",
  "anna@t.test,x.test",
  "anna@@t.test",
  'an"na"@t.test',
  "anna@t.test anna@u.test",
  "anna@t.test\u0000",
  `${"a".repeat(250)}@t.test`,
  `${" ".repeat(1100)}anna@t.test`,
  42,
  null,
  ["anna@t.test"],
];

describe("normalizeSignInEmail", () => {
  it.each(same)("reads %j as anna@t.test", (typed) => {
    expect(normalizeSignInEmail(typed)).toBe("anna@t.test");
  });

  it.each(refused)("refuses %j", (typed) => {
    expect(normalizeSignInEmail(typed)).toBeNull();
  });

  it("is what the staff sign-in schema checks", () => {
    expect(staffLoginSchema.parse({ email: " ＫＡＲＩ@t.test", password: "x" }).email).toBe("kari@t.test");
    expect(staffLoginSchema.safeParse({ email: "kari@t.test,evil.test", password: "x" }).success).toBe(false);
  });
});
