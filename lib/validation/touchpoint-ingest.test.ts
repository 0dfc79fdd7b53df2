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
    expect(issues({ ...base, customer: { email: "kari@" } })).toEqual([
      { path: "customer.email", message: "not a valid email address" },
    ]);
    expect(issues({ ...base, customer: { phone: "ring meg" } })).toEqual([
      { path: "customer.phone", message: "not a valid phone number" },
    ]);
    expect(issues({ ...base, customer: { name: "Kari" } })[0].message).toMatch(/email or phone is required/);
  });

  it("accepts a source clock up to 5 minutes ahead, and nothing further in the future", () => {
    expect(parse({ ...base, occurredAt: "2026-11-24T09:19:59Z" }).success).toBe(true);
    expect(issues({ ...base, occurredAt: "2026-11-24T09:20:01Z" })).toEqual([
      { path: "occurredAt", message: "must not be in the future" },
    ]);
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
    expect(issues({ ...base, ocurredAt: "2026-11-24T09:00:00Z" })).toEqual([
      { path: "(body)", message: expect.stringContaining("ocurredAt") },
    ]);
    expect(issues([base])[0].path).toBe("(body)");
  });

  it("accepts a signal up to 30 days old: a source catching up after an outage", () => {
    const monthAgo = parse({ ...base, occurredAt: "2026-10-25T09:15:00Z" });
    expect(monthAgo.success && monthAgo.data.occurredAt).toEqual(new Date("2026-10-25T09:15:00Z"));
  });

  // Each is refused with a 400 that names the field: stored, year 1 topped every list as "waiting 739,953 d".
  it.each([
    ["year 1", "0001-01-01T00:00:00Z", "must not be more than 30 days in the past"],
    ["year 0", "0000-01-01T00:00:00Z", "must not be more than 30 days in the past"],
    ["the Unix epoch", "1970-01-01T00:00:00Z", "must not be more than 30 days in the past"],
    ["30 days and a second ago", "2026-10-25T09:14:59Z", "must not be more than 30 days in the past"],
    ["year 9999", "9999-12-31T23:59:59Z", "must not be in the future"],
    ["an impossible date", "2026-02-30T10:00:00Z", expect.stringContaining("ISO 8601")],
    ["a six-digit year", "+275760-09-13T00:00:00Z", expect.stringContaining("ISO 8601")],
    ["a number", 0, expect.any(String)],
  ])("refuses occurredAt in %s", (_, occurredAt, message) => {
    expect(issues({ ...base, occurredAt })).toEqual([{ path: "occurredAt", message }]);
  });

  // PostgreSQL cannot store a NUL byte: it must never reach the database as a 500.
  it("cleans control characters out of names and headlines, and refuses them in ids", () => {
    const cleaned = parse({
      ...base,
      customer: { email: "kari@eksempel.no", name: "Kari\u0000 Nordmann\n" },
      interest: "Elbil\u0000\u001b",
    });
    expect(cleaned.success && [cleaned.data.customer.name, cleaned.data.interest]).toEqual(["Kari Nordmann", "Elbil"]);
    expect(issues({ ...base, customer: { email: "kari@eksempel.no", name: "\u0000" } })[0].path).toBe("customer.name");
    expect(issues({ ...base, externalId: "chat-1\u0000" })).toEqual([
      { path: "externalId", message: "must not contain control characters" },
    ]);
    expect(issues({ ...base, campaign: "Vinter\u0000" })).toEqual([
      { path: "campaign", message: "must not contain control characters" },
    ]);
  });
});
