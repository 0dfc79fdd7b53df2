import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

// Every way a browser can be talked into leaving the site from a "path":
// each one must come back as null (the caller sends the user home instead).
const ORIGIN = "https://crm.example.com";

const refused: [string, unknown][] = [
  ["no value", undefined],
  ["not a string", ["/leads", "/orders"]],
  ["empty", ""],
  ["relative path", "leads"],
  ["protocol-relative", "//evil.example"],
  ["backslash after the slash", "/\\evil.example"],
  ["backslash then slash", "/\\/evil.example"],
  ["tab after the slash", "/\t/evil.example"],
  ["newline after the slash", "/\n/evil.example"],
  ["carriage return inside", "/leads\r\nSet-Cookie: x=1"],
  ["NUL byte", "/leads\u0000"],
  ["DEL", "/leads\u007f"],
  ["next line (U+0085)", "/leads\u0085"],
  ["line separator (U+2028)", "/\u2028/evil.example"],
  ["encoded slash", "/%2Fevil.example"],
  ["encoded backslash", "/%5Cevil.example"],
  ["encoded tab", "/%09/evil.example"],
  ["double-encoded slash", "/%252Fevil.example"],
  ["triple-encoded slash", "/%25252Fevil.example"],
  ["encoded many times over", "/%2525252525252Fevil.example"],
  ["broken percent escape", "/leads%E0%A4%A"],
  ["absolute URL elsewhere", "https://evil.example/leads"],
  ["scheme-relative with credentials", "https://crm.example.com@evil.example/"],
  ["javascript URL", "javascript:alert(1)"],
  ["data URL", "data:text/html,<script>alert(1)</script>"],
  ["other port", "https://crm.example.com:8443/leads"],
  ["other scheme", "http://crm.example.com/leads"],
  ["very long", `/${"a".repeat(3000)}`],
];

const accepted: [string, string, string][] = [
  ["a page", "/leads", "/leads"],
  ["with a query", "/leads?view=nurture&owner=me", "/leads?view=nurture&owner=me"],
  ["with a hash", "/customers/1#orders", "/customers/1#orders"],
  ["root", "/", "/"],
  ["an encoded space", "/customers?q=Kari%20Nordmann", "/customers?q=Kari%20Nordmann"],
  ["dot segments stay on the site", "/leads/../dashboard", "/dashboard"],
  ["absolute URL on our own origin", "https://crm.example.com/leads?x=1", "/leads?x=1"],
];

describe("safeCallbackPath", () => {
  it.each(refused)("refuses %s", (_, raw) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBeNull();
  });

  it.each(accepted)("accepts %s", (_, raw, path) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(path);
  });

  it("without a known origin accepts paths only", () => {
    expect(safeCallbackPath("/leads")).toBe("/leads");
    expect(safeCallbackPath("https://crm.example.com/leads")).toBeNull();
  });
});
