import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// Test data routes create users with a chosen password and no sign-in. They must not exist in a
// production build at all, whatever its environment: they are compiled only into test builds
// (REISE_TEST_BUILD=1, set by playwright.config.ts and npm run load), as `route.e2e.ts` files that
// only such a build's pageExtensions pick up, into their own folder.

const ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

async function loadConfig(env: Record<string, string | undefined>) {
  const saved = process.env.REISE_TEST_BUILD;
  if (env.REISE_TEST_BUILD === undefined) delete process.env.REISE_TEST_BUILD;
  else process.env.REISE_TEST_BUILD = env.REISE_TEST_BUILD;
  try {
    vi.resetModules();
    const mod = await import("../next.config.js");
    const config = mod.default as { pageExtensions?: string[]; distDir?: string };
    return { pageExtensions: config.pageExtensions ?? DEFAULT_EXTENSIONS, distDir: config.distDir ?? ".next" };
  } finally {
    if (saved === undefined) delete process.env.REISE_TEST_BUILD;
    else process.env.REISE_TEST_BUILD = saved;
  }
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** The app/ files a build with these extensions compiles as routes, pages and layouts. */
function compiledEntries(extensions: string[]): string[] {
  const special = /(^|\/)(page|route|layout|template|default|loading|error|not-found|global-error)\.(.+)$/;
  return walk("app").filter((f) => {
    const m = special.exec(f);
    return m !== null && extensions.includes(m[3]);
  });
}

describe("a production build", () => {
  it("compiles no test route and nothing from the test folders", async () => {
    const { pageExtensions, distDir } = await loadConfig({});
    expect(pageExtensions).not.toContain("e2e.ts");
    expect(distDir).toBe(".next");
    const entries = compiledEntries(pageExtensions);
    expect(entries.length).toBeGreaterThan(10); // the walk found the app
    for (const file of entries) {
      expect(file, file).not.toMatch(/^app\/api\/e2e\//);
      expect(fs.readFileSync(path.join(ROOT, file), "utf8"), file).not.toMatch(/from\s+["']@\/(test|e2e)\//);
    }
  });

  it("is never mistaken for a test build: the test routes live in their own build folder", async () => {
    const test = await loadConfig({ REISE_TEST_BUILD: "1" });
    expect(test.pageExtensions).toContain("e2e.ts");
    expect(test.distDir).not.toBe(".next");
    expect(compiledEntries(test.pageExtensions)).toEqual(expect.arrayContaining(["app/api/e2e/fixtures/route.e2e.ts"]));
  });
});
