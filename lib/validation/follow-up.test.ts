import { describe, expect, it } from "vitest";
import { followUpSchema, parseFollowUpForm, NOTE_MAX } from "./follow-up";
import { localDateTimeToUtc, utcToLocalDateTime } from "./local-date-time";

const OSLO = "Europe/Oslo";
// Tuesday 24 November 2026, 10:15 in Oslo (UTC+1).
const NOW = new Date("2026-11-24T09:15:00Z");
const LEAD = "3f1c9a52-8d7e-4b1a-9c3d-2e5f6a7b8c9d";
const KEY = "0b7e3c1a-5d2f-4e6a-8b9c-1d2e3f4a5b6c";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  const all = { leadId: LEAD, version: "3", idempotencyKey: KEY, type: "CALL", outcome: "REACHED", ...fields };
  for (const [k, v] of Object.entries(all)) data.set(k, v);
  return data;
}
const parse = (fields: Record<string, string>) => parseFollowUpForm(form(fields), { now: NOW, timeZone: OSLO });

describe("parseFollowUpForm", () => {
  it("accepts a complete call and reads the next follow-up in the user's time zone", () => {
    const result = parse({
      note: "  Wants delivery before Christmas \r\n",
      nextFollowUpAt: "2026-11-25T09:30",
      stage: "",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        leadId: LEAD,
        version: 3,
        idempotencyKey: KEY,
        type: "CALL",
        outcome: "REACHED",
        note: "Wants delivery before Christmas",
        nextFollowUpAt: new Date("2026-11-25T08:30:00Z"),
        stage: null,
        lostReason: null,
        lostReasonId: null,
      },
    });
  });

  it("asks for an outcome when none was picked", () => {
    expect(parse({ outcome: "" })).toMatchObject({ ok: false, fieldErrors: { outcome: ["outcomeRequired"] } });
  });

  it("refuses a next follow-up in the past, and one a typo away in the next century", () => {
    expect(parse({ nextFollowUpAt: "2026-11-24T10:00" })).toMatchObject({
      ok: false,
      fieldErrors: { nextFollowUpAt: ["dateInPast"] },
    });
    expect(parse({ nextFollowUpAt: "2126-11-24T10:00" })).toMatchObject({
      ok: false,
      fieldErrors: { nextFollowUpAt: ["dateTooFar"] },
    });
    expect(parse({ nextFollowUpAt: "2026-02-30T10:00" })).toMatchObject({
      ok: false,
      fieldErrors: { nextFollowUpAt: ["dateInvalid"] },
    });
    expect(parse({ nextFollowUpAt: "tomorrow" })).toMatchObject({
      ok: false,
      fieldErrors: { nextFollowUpAt: ["dateInvalid"] },
    });
  });

  it("needs a reason when the lead is lost, and keeps it short", () => {
    expect(parse({ stage: "LOST" })).toMatchObject({
      ok: false,
      fieldErrors: { lostReasonId: ["lostReasonRequired"] },
    });
    expect(parse({ stage: "LOST", lostReason: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { lostReasonId: ["lostReasonRequired"] },
    });
    expect(parse({ stage: "LOST", lostReason: "x".repeat(201) })).toMatchObject({
      ok: false,
      fieldErrors: { lostReason: ["lostReasonTooLong"] },
    });
    expect(parse({ stage: "LOST", lostReason: "Bought elsewhere" })).toMatchObject({
      ok: true,
      data: { stage: "LOST", lostReason: "Bought elsewhere" },
    });
    // A reason from the managers' list is enough on its own; an id that is no id is refused.
    const REASON = "0a7e5d10-1c1b-4f39-9a0e-000000000002";
    expect(parse({ stage: "LOST", lostReasonId: REASON })).toMatchObject({
      ok: true,
      data: { stage: "LOST", lostReasonId: REASON, lostReason: null },
    });
    expect(parse({ stage: "LOST", lostReasonId: "price" })).toMatchObject({
      ok: false,
      fieldErrors: { lostReasonId: ["lostReasonInvalid"] },
    });
    // A reason left in the field while picking another stage is not stored.
    expect(parse({ stage: "WON", lostReason: "leftover", lostReasonId: REASON })).toMatchObject({
      ok: true,
      data: { lostReason: null, lostReasonId: null },
    });
  });

  it("refuses an oversized note but counts it after trimming", () => {
    expect(parse({ note: "x".repeat(NOTE_MAX + 1) })).toMatchObject({
      ok: false,
      fieldErrors: { note: ["noteTooLong"] },
    });
    expect(parse({ note: ` ${"x".repeat(NOTE_MAX)} ` })).toMatchObject({ ok: true });
    expect(parse({ note: "x".repeat(NOTE_MAX * 50) })).toMatchObject({
      ok: false,
      fieldErrors: { note: ["noteTooLong"] },
    });
  });

  it("drops characters PostgreSQL cannot store", () => {
    expect(parse({ note: "a\u0000b\u0007c\td" })).toMatchObject({ ok: true, data: { note: "abc\td" } });
  });

  it("answers a tampered form with one form-level message, not a crash", () => {
    const tamperings: Record<string, string>[] = [
      { leadId: "not-a-uuid" },
      { version: "-1" },
      { version: "1e3" },
      { version: "" },
      { idempotencyKey: "x" },
      { stage: "ARCHIVED" },
    ];
    for (const tampered of tamperings) {
      const result = parse(tampered);
      expect(result.ok, JSON.stringify(tampered)).toBe(false);
    }
    expect(parse({ version: "abc" })).toEqual({ ok: false, fieldErrors: {}, formError: "formOutdated" });
    expect(parse({ type: "FAX" })).toMatchObject({ ok: false, fieldErrors: { type: ["typeRequired"] } });
  });

  it("ignores fields it does not know and files where text belongs", () => {
    const data = form({ ownerId: LEAD, $ACTION_ID_abc: "" });
    data.set("note", new Blob(["x"]));
    expect(parseFollowUpForm(data, { now: NOW, timeZone: OSLO })).toMatchObject({ ok: true, data: { note: "" } });
  });

  it("is the schema the form uses: parsing plain objects works too", () => {
    const schema = followUpSchema({ now: NOW, timeZone: OSLO });
    expect(
      schema.safeParse({ leadId: LEAD, version: "0", idempotencyKey: KEY, type: "SMS", outcome: "NO_ANSWER" }).success,
    ).toBe(true);
  });
});

describe("local date-times", () => {
  it("converts Oslo wall-clock time in winter and summer", () => {
    expect(localDateTimeToUtc("2026-01-15T12:00", OSLO)?.toISOString()).toBe("2026-01-15T11:00:00.000Z");
    expect(localDateTimeToUtc("2026-07-15T12:00", OSLO)?.toISOString()).toBe("2026-07-15T10:00:00.000Z");
    expect(utcToLocalDateTime(new Date("2026-07-15T10:00:00Z"), OSLO)).toBe("2026-07-15T12:00");
  });

  it("handles the DST changes: a time in the spring gap lands after it, the autumn overlap takes the first", () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST.
    expect(localDateTimeToUtc("2026-03-29T02:30", OSLO)?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(localDateTimeToUtc("2026-03-29T03:30", OSLO)?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    expect(localDateTimeToUtc("2026-10-25T02:30", OSLO)?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(localDateTimeToUtc("2026-10-25T04:00", OSLO)?.toISOString()).toBe("2026-10-25T03:00:00.000Z");
  });

  it("rejects text that is not a date-time", () => {
    expect(localDateTimeToUtc("2026-13-01T10:00", OSLO)).toBeNull();
    expect(localDateTimeToUtc("2026-11-24 10:00", OSLO)).toBeNull();
    expect(localDateTimeToUtc("2026-11-24T24:00", OSLO)).toBeNull();
  });
});
