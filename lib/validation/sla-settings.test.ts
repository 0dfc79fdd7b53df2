import { describe, expect, it } from "vitest";
import { DEFAULT_SLA_CONFIG } from "@/lib/sla";
import { configToFormValues, parseSlaForm, slaSettingsSchema, type SlaFormValues } from "./sla-settings";

const valid = (): SlaFormValues => configToFormValues(DEFAULT_SLA_CONFIG);

describe("the response-time settings form", () => {
  it("accepts the defaults as they are shown", () => {
    expect(parseSlaForm(valid())).toEqual({ success: true, data: DEFAULT_SLA_CONFIG });
  });

  it("refuses a closing time before (or at) the opening time, on the closing field", () => {
    expect(parseSlaForm({ ...valid(), start: "17:00", end: "08:00" })).toEqual({
      success: false,
      fieldErrors: { end: "closeAfterOpen" },
    });
    expect(parseSlaForm({ ...valid(), start: "09:00", end: "09:00" })).toEqual({
      success: false,
      fieldErrors: { end: "closeAfterOpen" },
    });
  });

  it("refuses zero, negative, fractional, empty and over-a-week minutes, each next to its channel", () => {
    const form = valid();
    form.minutes = { ...form.minutes, CHAT: "0", PHONE: "-5", EMAIL: "1.5", WEB: "", EVENT: "10081" };
    const result = parseSlaForm(form);
    expect(result).toEqual({
      success: false,
      fieldErrors: {
        "minutes.CHAT": "minutes",
        "minutes.PHONE": "minutes",
        "minutes.EMAIL": "minutes",
        "minutes.WEB": "minutes",
        "minutes.EVENT": "minutes",
      },
    });
    form.minutes = { ...form.minutes, CHAT: "1", PHONE: "10080", EMAIL: "240", WEB: "60", EVENT: "60" };
    expect(parseSlaForm(form).success).toBe(true);
  });

  it("refuses a time zone outside the list, malformed times and no open day", () => {
    const result = parseSlaForm({ ...valid(), timeZone: "America/New_York", start: "8:00", end: "24:00", days: [] });
    expect(result).toEqual({
      success: false,
      fieldErrors: { timeZone: "timeZone", start: "time", end: "time", days: "daysRequired" },
    });
    expect(parseSlaForm({ ...valid(), days: ["8"] })).toEqual({
      success: false,
      fieldErrors: { days: "daysRequired" },
    });
  });

  it("stores weekdays once and in order", () => {
    const result = parseSlaForm({ ...valid(), days: ["6", "1", "6"] });
    expect(result.success && result.data.hours.days).toEqual([1, 6]);
  });

  it("a stored value missing a part is not valid", () => {
    expect(slaSettingsSchema.safeParse({ minutesByChannel: DEFAULT_SLA_CONFIG.minutesByChannel }).success).toBe(false);
  });
});

describe("the holiday country on the response-time form", () => {
  it("reads none as null and refuses a country without holiday rules", () => {
    const none = parseSlaForm({ ...valid(), holidayCountry: "" });
    expect(none.success && none.data.hours.holidayCountry).toBeNull();
    const dk = parseSlaForm({ ...valid(), holidayCountry: "DK" });
    expect(dk.success && dk.data.hours.holidayCountry).toBe("DK");
    expect(parseSlaForm({ ...valid(), holidayCountry: "SE" })).toEqual({
      success: false,
      fieldErrors: { holidayCountry: "holidayCountry" },
    });
  });
});
