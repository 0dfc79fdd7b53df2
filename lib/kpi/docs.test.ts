import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import da from "@/messages/da/dashboard.json";
import en from "@/messages/en/dashboard.json";
import nb from "@/messages/nb/dashboard.json";
import { KPIS, KPI_IDS } from "./definitions";
import { DOCS_END, DOCS_START, renderKpiDefinitions } from "./docs";

// One set of definitions: the English cards and docs/kpis.md say exactly what
// definitions.ts says (nb and da follow en key by key, see messages.test.ts).

const DOCS = path.resolve(import.meta.dirname, "../../docs/kpis.md");

describe("KPI definitions", () => {
  it("are what the English dashboard shows, word for word", () => {
    const shown = en.kpi as Record<string, Record<string, string>>;
    expect(Object.keys(shown).sort()).toEqual([...KPI_IDS].sort());
    for (const id of KPI_IDS) {
      const k = KPIS[id];
      expect(shown[id], id).toEqual({
        name: k.name,
        numerator: k.numerator,
        ...(k.denominator ? { denominator: k.denominator } : {}),
        window: k.window,
        ...("formula" in k ? { formula: k.formula } : {}),
      });
    }
  });

  it("are what docs/kpis.md says", () => {
    const doc = fs.readFileSync(DOCS, "utf8");
    const start = doc.indexOf(DOCS_START);
    const end = doc.indexOf(DOCS_END);
    expect(start, "docs/kpis.md has the generated section's markers").toBeGreaterThanOrEqual(0);
    const current = doc.slice(start, end + DOCS_END.length);
    if (process.env.UPDATE_KPI_DOCS && current !== renderKpiDefinitions()) {
      fs.writeFileSync(DOCS, doc.slice(0, start) + renderKpiDefinitions() + doc.slice(end + DOCS_END.length));
      return;
    }
    expect(current, "run UPDATE_KPI_DOCS=1 npx vitest run lib/kpi/docs.test.ts").toBe(renderKpiDefinitions());
  });

  it.each([
    ["en", en],
    ["nb", nb],
    ["da", da],
  ])("speak a manager's words in %s: no field names, no stage codes", (_, messages) => {
    const texts = Object.values(messages.kpi as Record<string, Record<string, string>>).flatMap(Object.values);
    expect(texts.length).toBeGreaterThan(KPI_IDS.length);
    for (const text of texts) {
      expect(text, "a field name (camelCase)").not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
      expect(text, "a stage code").not.toMatch(/\b(NEW|CONTACTED|QUALIFIED|PROPOSAL|WON|LOST)\b/);
    }
  });
});
