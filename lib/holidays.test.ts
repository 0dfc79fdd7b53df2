import { describe, expect, it } from "vitest";
import { holidayName, isPublicHoliday, publicHolidays } from "./holidays";

// What the library says, checked by hand against the calendars (the rule is in lib/holidays.ts).
describe("public holidays", () => {
  it("closes Norway's public holidays of 2027, and only those", () => {
    // Easter Sunday 2027 is 28 March; Ascension 39 days later (6 May); Whit Monday 17 May, the
    // same day as Constitution Day.
    expect([...publicHolidays("NO", 2027)].sort()).toEqual([
      "2027-01-01",
      "2027-03-25", // Maundy Thursday
      "2027-03-26", // Good Friday
      "2027-03-28",
      "2027-03-29", // Easter Monday
      "2027-05-01",
      "2027-05-06",
      "2027-05-16",
      "2027-05-17",
      "2027-12-25",
      "2027-12-26",
    ]);
  });

  it("keeps Christmas Eve and New Year's Eve working days in Norway (the library calls them bank days)", () => {
    expect(isPublicHoliday("NO", "2027-12-24")).toBe(false);
    expect(isPublicHoliday("NO", "2027-12-31")).toBe(false);
    expect(isPublicHoliday("NO", "2027-12-25")).toBe(true);
  });

  it("follows Denmark: no Grundlovsdag (an observance), no Store Bededag from 2024, no 1 May", () => {
    expect(isPublicHoliday("DK", "2027-06-05")).toBe(false);
    expect(isPublicHoliday("DK", "2027-05-01")).toBe(false);
    expect(isPublicHoliday("DK", "2027-12-24")).toBe(false);
    // Store Bededag: the fourth Friday after Easter, 5 May 2023; abolished from 2024 (26 April 2024).
    expect(isPublicHoliday("DK", "2023-05-05")).toBe(true);
    expect(isPublicHoliday("DK", "2024-04-26")).toBe(false);
    expect(isPublicHoliday("DK", "2027-03-25")).toBe(true);
    expect(isPublicHoliday("NO", "2027-05-17")).toBe(true);
    expect(isPublicHoliday("DK", "2027-05-17")).toBe(true); // Whit Monday in both
  });

  it("has no holidays without a country", () => {
    expect(isPublicHoliday(null, "2027-12-25")).toBe(false);
  });

  it("names a holiday in the reader's language", () => {
    expect(holidayName("NO", "2027-05-17", "nb")).toBe("Grunnlovsdagen");
    expect(holidayName("DK", "2027-12-25", "da")).toBe("Juledag");
    expect(holidayName("NO", "2027-12-25", "en")).toBe("Christmas Day");
    expect(holidayName("NO", "2027-12-24", "en")).toBeNull();
  });
});
