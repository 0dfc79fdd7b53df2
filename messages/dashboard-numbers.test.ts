import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "./en/dashboard.json";
import nb from "./nb/dashboard.json";
import da from "./da/dashboard.json";

// Counts inside the dashboard's sentences read like the counts beside them ("1,303" in English,
// "1 303" in Norwegian and Danish), not as bare digits: a plain {n} in ICU prints 1303.

const HINTS: [string, Record<string, number>][] = [
  ["speed.withinSlaHint", { within: 1303, measured: 1303 }],
  ["after.repeatHint", { repeated: 1303, first: 1303 }],
  ["after.lateHint", { open: 1303 }],
  ["pipeline.followUpHint", { planned: 1303, due: 1303 }],
  ["sources.winRateHint", { won: 1303, decided: 1303 }],
  ["sources.leadToCustomerHint", { won: 1303, leads: 1303 }],
  ["sources.attributionIntro", { wins: 1303 }],
];

describe.each([
  ["en", en, "1,303"],
  ["nb", nb, "1\u00a0303"],
  ["da", da, "1.303"],
] as const)("dashboard sentences in %s", (locale, messages, formatted) => {
  const t = createTranslator({ locale, messages: { dashboard: messages } });
  it.each(HINTS)("%s formats its counts", (key, values) => {
    const text = t(`dashboard.${key}` as never, values as never) as string;
    expect(text).toContain(formatted);
    expect(text).not.toMatch(/\b1303\b/);
  });
});
