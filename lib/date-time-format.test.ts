import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLOCK, DATE_AND_TIME, SHORT_DATE_AND_TIME } from "./date-time-format";

const afternoon = new Date("2026-12-05T13:05:00Z");
const inOslo = (options: Intl.DateTimeFormatOptions, locale = "en") =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: "Europe/Oslo" }).format(afternoon);

describe("staff times", () => {
  it("read on a 24-hour clock in English, as in Norwegian and Danish", () => {
    for (const options of [CLOCK, DATE_AND_TIME, SHORT_DATE_AND_TIME]) {
      for (const locale of ["en", "nb", "da"]) {
        const text = inOslo(options, locale);
        expect(text, locale).toMatch(/14[.:]05/);
        expect(text, locale).not.toMatch(/PM|AM/i);
      }
    }
  });

  it("midnight is 00, not 24", () => {
    const midnight = new Date("2026-12-04T23:30:00Z");
    expect(new Intl.DateTimeFormat("en", { ...CLOCK, timeZone: "Europe/Oslo" }).format(midnight)).toBe("00:30");
  });

  // Every time the staff see goes through these options: a call that spells out its own hour or
  // time style gets the locale's clock, which for English is 12-hour.
  // These read clock parts to compute with (en-US, h23), never to show them.
  const OWN_CLOCK = ["lib/date-time-format.ts", "lib/time-zone.ts", "lib/kpi/date-range.ts"];

  it("no component, page or server file asks for a time without them", () => {
    const root = path.resolve(__dirname, "..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, "utf8");
          const file = path.relative(root, full);
          if (/timeStyle:|hour: "(2-digit|numeric)"/.test(source) && !OWN_CLOCK.includes(file)) offenders.push(file);
        }
      }
    };
    for (const dir of ["app", "components", "server", "lib"]) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
