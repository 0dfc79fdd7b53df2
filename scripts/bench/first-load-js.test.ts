import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { entryChunks, firstLoadFiles, pageRoutes, readFirstLoadJs } from "./first-load-js";

const manifest = (entry: string, files: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
  `globalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: files })};`;

describe("pageRoutes", () => {
  it("keeps pages, drops API routes and internal pages", () => {
    expect(
      pageRoutes({
        "/(staff)/leads/page": "/leads",
        "/api/health/route": "/api/health",
        "/_not-found/page": "/_not-found",
        "/(record)/leads/[leadId]/page": "/leads/[leadId]",
        "/page": "/",
      }),
    ).toEqual([
      { entry: "/page", route: "/" },
      { entry: "/(staff)/leads/page", route: "/leads" },
      { entry: "/(record)/leads/[leadId]/page", route: "/leads/[leadId]" },
    ]);
  });
});

describe("entryChunks and firstLoadFiles", () => {
  it("reads the route's segments' chunks and merges them with the root files once each", () => {
    const source = manifest("/(staff)/leads/page", {
      "[project]/app/layout": ["static/chunks/a.js"],
      "[project]/app/(staff)/leads/page": ["static/chunks/a.js", "static/chunks/b.js", "static/css/x.css"],
    });
    const chunks = entryChunks(source, "/(staff)/leads/page");
    expect(firstLoadFiles(["static/chunks/root.js", "static/chunks/a.js"], chunks)).toEqual([
      "static/chunks/a.js",
      "static/chunks/b.js",
      "static/chunks/root.js",
    ]);
    expect(() => entryChunks(source, "/other/page")).toThrow(/no client reference manifest/);
  });
});

describe("readFirstLoadJs", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-first-load-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("sums the gzip size of each route's files from a build folder", () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    const root = "console.log('root');".repeat(50);
    const page = "export const x = 1;".repeat(20);
    write("static/chunks/root.js", root);
    write("static/chunks/page.js", page);
    write("build-manifest.json", JSON.stringify({ rootMainFiles: ["static/chunks/root.js"] }));
    write("app-path-routes-manifest.json", JSON.stringify({ "/(staff)/leads/page": "/leads" }));
    write(
      "server/app/(staff)/leads/page_client-reference-manifest.js",
      manifest("/(staff)/leads/page", { "[project]/app/(staff)/leads/page": ["static/chunks/page.js"] }),
    );
    const gz = (s: string) => zlib.gzipSync(Buffer.from(s)).length;
    expect(readFirstLoadJs(dir)).toEqual([{ route: "/leads", files: 2, gzipBytes: gz(root) + gz(page) }]);
  });
});
