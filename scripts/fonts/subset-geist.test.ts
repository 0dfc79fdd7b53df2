import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GEIST_SUBSET, inSubset, subsetGeist } from "./subset-geist";

const root = path.resolve(import.meta.dirname, "..", "..");

function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => pattern.test(name) && !name.includes(".test.") && name !== "progress.ts") // a terminal's bar
    .map((name) => path.join(root, dir, name));
}

function lettersOutside(files: string[]): string[] {
  const outside = new Set<string>();
  for (const file of files) for (const char of fs.readFileSync(file, "utf8")) if (!inSubset(char)) outside.add(char);
  return [...outside].filter((c) => c !== "\n" && c !== "\r" && c !== "\t");
}

describe("the cut of Geist every page loads", () => {
  it("draws every letter of the interface in all three languages", () => {
    expect(lettersOutside(filesUnder("messages", /\.json$/))).toEqual([]);
  });

  it("draws every letter of the demo's names, streets and notes", () => {
    expect(lettersOutside(filesUnder("prisma/seed", /\.ts$/))).toEqual([]);
  });

  it("is the cut the script makes from the installed font, so a font update is not left half done", async () => {
    const made = await subsetGeist();
    expect(made.equals(fs.readFileSync(GEIST_SUBSET))).toBe(true);
  });
});
