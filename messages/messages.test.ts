import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { LOCALES } from "@/i18n/locales";
import { loadMessages, NAMESPACES } from "./index";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(tree: Tree): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (t: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(t)) {
      if (typeof value === "string") out[prefix + key] = (value.match(/\{\w+\}/g) ?? []).sort();
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, "");
  return out;
}

const catalogues: Record<string, Tree> = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, (await loadMessages(locale)) as Tree])),
);
const en = catalogues.en;

describe("message catalogues", () => {
  it("list every namespace file there is, in every locale", () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join(import.meta.dirname, locale)).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort(), locale).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(["nb", "da"])("%s has exactly the keys of en", (locale) => {
    expect(keys(catalogues[locale]).sort()).toEqual(keys(en).sort());
  });

  it.each(["nb", "da"])("%s uses the same {placeholders} as en", (locale) => {
    expect(placeholders(catalogues[locale])).toEqual(placeholders(en));
  });

  it("has no empty strings", () => {
    for (const [locale, tree] of Object.entries(catalogues)) {
      const empty = Object.entries(placeholders(tree)).filter(([key]) => {
        const value = key.split(".").reduce<string | Tree>((t, k) => (t as Tree)[k], tree);
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
