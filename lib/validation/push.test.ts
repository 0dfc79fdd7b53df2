import { describe, expect, it } from "vitest";
import { pushEndpointAllowed, pushMessageSchema, pushSubscriptionSchema } from "./push";

// A browser's keys: a 65-byte uncompressed P-256 point and 16 bytes of auth secret, base64url.
const p256dh = "B" + "A".repeat(86);
const auth = "A".repeat(22);

describe("push endpoints", () => {
  it("accepts a push service's https address", () => {
    expect(pushEndpointAllowed("https://fcm.googleapis.com/fcm/send/abc:def")).toBe(true);
    expect(pushEndpointAllowed("https://web.push.apple.com/QGx")).toBe(true);
  });

  it("refuses what would make the server post inside its own network", () => {
    for (const endpoint of [
      "http://fcm.googleapis.com/fcm/send/abc",
      "http://127.0.0.1:9999/push",
      "https://127.0.0.1/push",
      "https://10.0.0.7/push",
      "https://[::1]/push",
      "https://localhost/push",
      "https://intranet/push",
      "https://db.localhost/push",
      "https://user:pw@push.example.com/x",
      "file:///etc/passwd",
      "not a url",
      "https://push.example.com/" + "x".repeat(2100),
    ])
      expect(pushEndpointAllowed(endpoint), endpoint).toBe(false);
  });

  it("lets plain http reach this machine only when the server allows it (tests, development)", () => {
    expect(pushEndpointAllowed("http://127.0.0.1:9999/push", { allowLocalHttp: true })).toBe(true);
    expect(pushEndpointAllowed("http://localhost:9999/push", { allowLocalHttp: true })).toBe(true);
    expect(pushEndpointAllowed("http://10.0.0.7/push", { allowLocalHttp: true })).toBe(false);
    expect(pushEndpointAllowed("http://push.example.com/push", { allowLocalHttp: true })).toBe(false);
  });
});

describe("push subscription JSON", () => {
  const schema = pushSubscriptionSchema();
  const good = { endpoint: "https://fcm.googleapis.com/fcm/send/abc", expirationTime: null, keys: { p256dh, auth } };

  it("takes what PushSubscription.toJSON() gives", () => {
    expect(schema.safeParse(good).success).toBe(true);
  });

  it("refuses keys of the wrong size or alphabet", () => {
    for (const keys of [
      { p256dh: p256dh.slice(2), auth },
      { p256dh, auth: auth + "AAAA" },
      { p256dh: p256dh.replace("A", "+"), auth },
      { p256dh, auth: "" },
    ])
      expect(schema.safeParse({ ...good, keys }).success).toBe(false);
    expect(schema.safeParse({ endpoint: good.endpoint }).success).toBe(false);
  });
});

describe("push message", () => {
  const good = { title: "Kari is waiting", body: "New lead from the web form", url: "/leads/7", tag: "lead-7" };

  it("defaults to normal urgency", () => {
    expect(pushMessageSchema.parse(good)).toEqual({ ...good, urgency: "normal" });
  });

  it("only leads to a path on this site", () => {
    for (const url of ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "leads"])
      expect(pushMessageSchema.safeParse({ ...good, url }).success, url).toBe(false);
  });

  it("keeps what a lock screen shows short", () => {
    expect(pushMessageSchema.safeParse({ ...good, body: "x".repeat(181) }).success).toBe(false);
    expect(pushMessageSchema.safeParse({ ...good, title: "" }).success).toBe(false);
    expect(pushMessageSchema.safeParse({ ...good, tag: "has space" }).success).toBe(false);
  });
});
