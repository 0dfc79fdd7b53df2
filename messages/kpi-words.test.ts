import { describe, expect, it } from "vitest";
import nb from "./nb/dashboard.json";
import da from "./da/dashboard.json";

// The "how these numbers are counted" panels speak the reader's language: no column names
// (createdAt, firstResponseMinutes, Customer.loyaltyTier) and no stage codes (PROPOSAL). SLA and
// ISO week are words people use. English is lib/kpi/definitions.ts word for word (the developers'
// reference, docs/kpis.md, which names the columns on purpose), so it is not checked here.

const CODE =
  /\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z][a-z]+\.[a-z]+[A-Za-z]*\b|\b(NEW|CONTACTED|QUALIFIED|PROPOSAL|WON|LOST)\b/;

describe.each([
  ["nb", nb],
  ["da", da],
] as const)("KPI definitions in %s", (_, messages) => {
  const texts = Object.entries(messages.kpi).flatMap(([id, parts]) =>
    Object.entries(parts).map(([part, text]) => [`${id}.${part}`, text as string] as const),
  );
  it.each(texts)("%s names no field or code", (_, text) => {
    expect(text).not.toMatch(CODE);
  });
});
