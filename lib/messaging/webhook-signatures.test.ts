import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  mailgunSignatureOf,
  signHs256Jwt,
  verifyHs256Jwt,
  verifyMailgunSignature,
  type MailgunSignature,
} from "./webhook-signatures";

// Tuesday 24 November 2026, 09:15 UTC.
const NOW = Date.parse("2026-11-24T09:15:00Z");
const KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";
const signed = (timestamp: number, key = KEY): MailgunSignature => {
  const token = "c".repeat(50);
  return { timestamp: String(timestamp), token, signature: mailgunSignatureOf(key, String(timestamp), token) };
};

describe("verifyMailgunSignature", () => {
  it("accepts Mailgun's HMAC-SHA256 of timestamp + token, as Mailgun's documentation computes it", () => {
    const fields = signed(NOW / 1000 - 60);
    const expected = crypto
      .createHmac("sha256", KEY)
      .update(fields.timestamp + fields.token)
      .digest("hex");
    expect(fields.signature).toBe(expected);
    expect(verifyMailgunSignature(fields, KEY, NOW)).toBe("ok");
    expect(verifyMailgunSignature({ ...fields, signature: fields.signature.toUpperCase() }, KEY, NOW)).toBe("ok");
  });

  it("refuses another key, a changed token or timestamp, and an empty signature", () => {
    const fields = signed(NOW / 1000);
    expect(verifyMailgunSignature(signed(NOW / 1000, "another-key"), KEY, NOW)).toBe("forged");
    expect(verifyMailgunSignature({ ...fields, token: "d".repeat(50) }, KEY, NOW)).toBe("forged");
    expect(verifyMailgunSignature({ ...fields, timestamp: String(NOW / 1000 + 1) }, KEY, NOW)).toBe("forged");
    expect(verifyMailgunSignature({ ...fields, signature: "" }, KEY, NOW)).toBe("forged");
  });

  it("refuses a genuine signature older than 15 minutes or far in the future", () => {
    expect(verifyMailgunSignature(signed(NOW / 1000 - 14 * 60), KEY, NOW)).toBe("ok");
    expect(verifyMailgunSignature(signed(NOW / 1000 - 16 * 60), KEY, NOW)).toBe("stale");
    expect(verifyMailgunSignature(signed(NOW / 1000 + 60 * 60), KEY, NOW)).toBe("stale");
  });
});

describe("verifyHs256Jwt", () => {
  const SECRET = "gwapi-webhook-secret";

  it("accepts a token signed with the secret and returns its claims", () => {
    const token = signHs256Jwt({ id: 1000001, msisdn: 4791234567 }, SECRET);
    expect(verifyHs256Jwt(token, SECRET, NOW)).toEqual({ ok: true, payload: { id: 1000001, msisdn: 4791234567 } });
  });

  it("refuses another secret, a changed payload, alg none and garbage", () => {
    const token = signHs256Jwt({ id: 1 }, SECRET);
    expect(verifyHs256Jwt(token, "other", NOW)).toEqual({ ok: false, reason: "forged" });
    const [header, , signature] = token.split(".");
    const changed = Buffer.from(JSON.stringify({ id: 2 })).toString("base64url");
    expect(verifyHs256Jwt(`${header}.${changed}.${signature}`, SECRET, NOW).ok).toBe(false);
    const none = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    expect(verifyHs256Jwt(`${none}.${changed}.`, SECRET, NOW).ok).toBe(false);
    expect(verifyHs256Jwt("not-a-jwt", SECRET, NOW).ok).toBe(false);
    expect(verifyHs256Jwt(token, "", NOW).ok).toBe(false);
  });

  it("refuses a token whose exp has passed", () => {
    const expired = signHs256Jwt({ id: 1, exp: NOW / 1000 - 1 }, SECRET);
    expect(verifyHs256Jwt(expired, SECRET, NOW)).toEqual({ ok: false, reason: "stale" });
    expect(verifyHs256Jwt(signHs256Jwt({ id: 1, exp: NOW / 1000 + 60 }, SECRET), SECRET, NOW).ok).toBe(true);
  });
});
