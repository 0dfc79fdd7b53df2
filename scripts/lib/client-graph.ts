import fs from "node:fs";
import path from "node:path";

// The client side of the app as the bundler sees it, read from the source:
// "use client" files, their static imports and import() targets. Used by tests
// that guard what reaches the browser (components/client-imports.test.ts,
// i18n/client-messages.test.ts).

export const ROOT = path.resolve(import.meta.dirname, "../..");

export const read = (file: string) => fs.readFileSync(file, "utf8");
const directive = (name: string) => new RegExp(`^\\s*(//[^\\n]*\\n\\s*)*["']${name}["']`);
export const isClient = (source: string) => directive("use client").test(source);
export const isServerAction = (source: string) => directive("use server").test(source);

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Specifiers of static imports and re-exports that bring code (type-only ones left out). */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  const statement =
    /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;
  for (const m of source.matchAll(statement)) {
    if (m[5]) {
      found.push(m[5]);
      continue;
    }
    if (m[2]) continue;
    const names = m[3].match(/^\{([\s\S]*)\}$/);
    if (
      names &&
      names[1]
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith("type "))
    )
      continue;
    found.push(m[4]);
  }
  return found;
}

/** Specifiers loaded with import("…"). */
export function dynamicImports(source: string): string[] {
  return [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}

export const isLocal = (specifier: string) => specifier.startsWith(".") || specifier.startsWith("@/");

export function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}
