import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  dynamicImports,
  isClient,
  isLocal,
  isServerAction,
  read,
  resolveLocal,
  ROOT,
  sourceFiles,
  staticImports,
} from "@/scripts/lib/client-graph";

// First-load JavaScript budget (BENCHMARKS.md): libraries that are large and
// needed only after an action (submitting, choosing a file, drawing a chart)
// must not be statically imported by client components; they load with
// import() when needed. This follows every static import from each
// "use client" file, as the bundler does, and fails with the path that pulls
// one in (often a constant imported from a module that also builds zod schemas).

// date-holidays (every country's holiday rules, ~800 kB) is for due times on the server only:
// client code reads lib/sla-state.ts, lib/sla-minutes.ts, lib/holiday-countries.ts, not lib/sla.ts.
const LAZY_ONLY = ["zod", "zod/mini", "recharts", "papaparse", "next-auth/react", "date-holidays"];

/** Each package reached from `entry`, with the chain of files that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = read(file);
    // A server action is a reference in the client bundle, not its code.
    if (chain.length > 0 && isServerAction(source)) return;
    for (const specifier of staticImports(source)) {
      const local = isLocal(specifier);
      const next = local ? resolveLocal(specifier, file) : null;
      if (next) visit(next, [...chain, path.relative(ROOT, file)]);
      else if (!local && !reached.has(specifier)) reached.set(specifier, [...chain, path.relative(ROOT, file)]);
    }
  };
  visit(entry, []);
  return reached;
}

const allFiles = ["app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
/** Files loaded with import() somewhere: lazy by design, so not part of a page's first load. */
const lazyTargets = new Set(
  allFiles.flatMap((file) => dynamicImports(read(file)).map((specifier) => resolveLocal(specifier, file))),
);
const clientFiles = allFiles.filter((f) => isClient(read(f)) && !lazyTargets.has(f));

describe("client components", () => {
  it("are found", () => {
    expect(clientFiles.length).toBeGreaterThan(40);
  });

  it("do not statically import libraries that are only needed after an action", () => {
    const problems: string[] = [];
    for (const file of clientFiles) {
      for (const [pkg, chain] of packagesReached(file)) {
        if (LAZY_ONLY.includes(pkg)) problems.push(`${pkg} ← ${[...chain].reverse().join(" ← ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("would be caught: the lazily loaded chart and sign-in modules do reach them", () => {
    expect(packagesReached(path.join(ROOT, "components/dashboard/bar-list-plot.tsx")).has("recharts")).toBe(true);
    const signIn = packagesReached(path.join(ROOT, "components/auth/sign-in.ts"));
    expect(signIn.get("zod")).toEqual(["components/auth/sign-in.ts", "lib/validation/auth.ts"]);
    expect(signIn.has("next-auth/react")).toBe(true);
  });
});

describe("staticImports", () => {
  it("skips type-only imports and keeps mixed and side-effect ones", () => {
    const source = [
      'import type { A } from "a";',
      'import { type B, type C } from "b";',
      'import { type D, e } from "d";',
      'import f from "f";',
      'import "g";',
      'export * from "./h";',
      'export type { I } from "i";',
      'const lazy = () => import("j");',
    ].join("\n");
    expect(staticImports(source)).toEqual(["d", "f", "g", "./h"]);
  });
});
