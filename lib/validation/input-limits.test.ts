import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every schema in lib/validation, found by reading the folder, is given a
// 100 000-character string in each field in turn (nested fields too). It must
// refuse it, or cut it down: no field lets a huge text through to the
// database. New schemas are covered without touching this file.

const DIR = import.meta.dirname;
const HUGE = "x".repeat(100_000);
const LIMIT = 10_000;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (s: z.ZodType) => s.def as Def;

/** The object inside wrappers (optional, default, catch, pipe, preprocess…), if any. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  if (def.type === "object") return def.shape ?? null;
  for (const next of [def.innerType, def.in, def.out, def.element]) {
    const found = next ? objectShape(next) : null;
    if (found) return found;
  }
  return null;
}

/** Every field's own schema, nested objects' fields included, each checked on its own. */
function fields(schema: z.ZodType, prefix = ""): [string, z.ZodType][] {
  const shape = objectShape(schema);
  if (!shape) return [[prefix, schema]];
  return Object.entries(shape).flatMap(([key, field]) => fields(field, prefix ? `${prefix}.${key}` : key));
}

function longestString(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return Math.max(0, ...value.map(longestString));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Math.max(0, ...Object.values(value).map(longestString));
  return 0;
}

async function schemas(): Promise<[string, z.ZodType][]> {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const found: [string, z.ZodType][] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (value instanceof z.ZodType) found.push([`${file}#${name}`, value]);
      else if (typeof value === "function" && /Schema$/.test(name)) {
        // Schemas that depend on the time (and the user's zone) are factories.
        const made = (value as (a: unknown) => unknown)({ now: new Date(), timeZone: "Europe/Oslo" });
        const schema = made instanceof z.ZodType ? made : (value as (a: unknown) => unknown)(new Date());
        if (schema instanceof z.ZodType) found.push([`${file}#${name}()`, schema]);
      }
    }
  }
  return found;
}

describe("input limits", async () => {
  const all = (await schemas()).filter(([, s]) => objectShape(s));

  it("finds the schemas", () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.map(([n]) => n)).toEqual(
      expect.arrayContaining(["auth.ts#staffLoginSchema", "follow-up.ts#followUpSchema()"]),
    );
  });

  it.each(all)("%s refuses or cuts down a 100 000-character field", (_, schema) => {
    for (const [name, field] of fields(schema)) {
      const result = field.safeParse(HUGE);
      if (result.success) expect(longestString(result.data), name).toBeLessThanOrEqual(LIMIT);
      const asList = field.safeParse([HUGE, HUGE]);
      if (asList.success) expect(longestString(asList.data), `${name} as a list`).toBeLessThanOrEqual(LIMIT);
    }
  });
});
