import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

const who = { email: "ingrid.solberg@firma.no", name: "Ingrid Solberg" };

describe("password policy", () => {
  it.each([
    ["a long passphrase", "tre grønne hester i regnet", { ok: true }],
    ["exactly the minimum", "kx7#Qm2!vR9p", { ok: true }],
    ["one short of the minimum", "kx7#Qm2!vR9", { ok: false, reason: "tooShort" }],
    ["empty", "", { ok: false, reason: "tooShort" }],
    // bcrypt reads only the first 72 bytes; a longer password would be cut silently.
    ["over 72 bytes", "æøåéü".repeat(7) + "xyz", { ok: false, reason: "tooLong" }],
    ["72 bytes", "æøåéü".repeat(7) + "x", { ok: true }],
    ["twelve spaces", " ".repeat(12), { ok: false, reason: "tooSimple" }],
    ["one repeated character", "aaaaaaaaaaaaaa", { ok: false, reason: "tooSimple" }],
    ["a short pattern repeated", "abcabcabcabc", { ok: false, reason: "tooSimple" }],
    ["a common password", "password1234", { ok: false, reason: "common" }],
    ["a common password in capitals", "QWERTYUIOP123", { ok: false, reason: "common" }],
    ["a keyboard walk", "1qaz2wsx3edc", { ok: false, reason: "common" }],
    ["digits in a row", "123456789012", { ok: false, reason: "common" }],
    ["the product's name", "Reise-is-my-password", { ok: false, reason: "personal" }],
    ["the demo password", "reise-demo-2026", { ok: false, reason: "personal" }],
    ["the e-mail address", "ingrid.solberg@firma.no", { ok: false, reason: "personal" }],
    ["the e-mail's local part", "xx-ingrid.solberg-xx", { ok: false, reason: "personal" }],
    ["the first name", "Ingrid!2026sommer", { ok: false, reason: "personal" }],
    ["the last name, any case", "mysolbergpassword", { ok: false, reason: "personal" }],
  ])("%s", (_label, password, expected) => {
    expect(checkPassword(password, who)).toEqual(expected);
  });

  it("ignores name parts too short to matter", () => {
    expect(checkPassword("Li was here in 2026", { email: "li@x.no", name: "Li Wu" })).toEqual({ ok: true });
  });

  it("needs no person to check the rest", () => {
    expect(checkPassword("tre grønne hester i regnet")).toEqual({ ok: true });
  });
});
