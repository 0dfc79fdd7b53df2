import { describe, expect, it } from "vitest";
import { ingestIssues, touchpointIngestSchema } from "./touchpoint-ingest";

const NOW = new Date("2026-11-24T09:15:00Z");
const base = { customer: { email: "kari@eksempel.no" }, channel: "CHAT", kind: "CHAT_MESSAGE" };
const parse = (body: unknown) => touchpointIngestSchema(NOW).safeParse(body);
const issues = (body: unknown) => {
  const result = parse(body);
  return result.success ? [] : ingestIssues(result.error);
};

describe("touchpointIngestSchema", () => {
  it("accepts the smallest signal and fills in the defaults", () => {
    const result = parse(base);
    expect(result.success && result.data).toEqual({ ...base, occurredAt: NOW, text: "" });
  });

  it("normalises email and phone so that the same person is found again", () => {
    const result = parse({ ...base, customer: { email: "  Kari@Eksempel.NO ", phone: "+47 912 34 567" } });
    expect(result.success && result.data.customer).toEqual({ email: "kari@eksempel.no", phone: "+4791234567" });
  });

  it("refuses a bad email, a bad phone and a signal from nobody", () => {
    expect(issues({ ...base, customer: { email: "kari@" } })).toEqual([{ path: "customer.email", message: "not a valid email address" }]);
    expect(issues({ ...base, customer: { phone: "ring meg" } })).toEqual([{ path: "customer.phone", message: "not a valid phone number" }]);
    expect(issues({ ...base, customer: { name: "Kari" } })[0].message).toMatch(/email or phone is required/);
  });

  it("accepts a source clock up to 5 minutes ahead, and nothing further in the future", () => {
    expect(parse({ ...base, occurredAt: "2026-11-24T09:19:59Z" }).success).toBe(true);
    expect(issues({ ...base, occurredAt: "2026-11-24T09:20:01Z" })).toEqual([{ path: "occurredAt", message: "must not be in the future" }]);
    const oslo = parse({ ...base, occurredAt: "2026-11-24T10:15:00+01:00" });
    expect(oslo.success && oslo.data.occurredAt).toEqual(NOW);
  });

  it("refuses a time without a zone: 10:15 where?", () => {
    expect(issues({ ...base, occurredAt: "2026-11-24T10:15:00" })[0].path).toBe("occurredAt");
  });

  it("takes 2000 characters of text and refuses 2001", () => {
    expect(parse({ ...base, text: "a".repeat(2000) }).success).toBe(true);
    expect(issues({ ...base, text: "a".repeat(2001) })).toEqual([{ path: "text", message: "at most 2000 characters" }]);
    const cleaned = parse({ ...base, text: " Hei\u0000 der\r\n " });
    expect(cleaned.success && cleaned.data.text).toBe("Hei der");
  });

  it("limits externalId to 200 characters and knows only the kinds a customer can send", () => {
    expect(parse({ ...base, externalId: "x".repeat(200) }).success).toBe(true);
    expect(issues({ ...base, externalId: "x".repeat(201) })[0].path).toBe("externalId");
    expect(issues({ ...base, kind: "ORDER_PLACED" })[0].path).toBe("kind");
    expect(issues({ ...base, channel: "FAX" })[0].path).toBe("channel");
  });

  it("refuses unknown fields instead of silently ignoring a misspelt one", () => {
    expect(issues({ ...base, ocurredAt: "2026-11-24T09:00:00Z" })).toEqual([{ path: "(body)", message: expect.stringContaining("ocurredAt") }]);
    expect(issues([base])[0].path).toBe("(body)");
  });
});
