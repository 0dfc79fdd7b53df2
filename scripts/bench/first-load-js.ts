// First-load JavaScript per page route, from the production build's manifests.
// Next 16 no longer prints sizes in `next build` (see node_modules/next/dist/docs,
// upgrading/version-16.md), so we add them up the way a browser loads a route
// on a cold cache: the root main files (runtime, React, router) plus every chunk
// the route's segments (layouts, page, error/loading/not-found boundaries) list
// in its client reference manifest, each once, gzip-compressed. Polyfills are
// left out: they are nomodule scripts that modern browsers skip.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import type { FirstLoadJs } from "./result";

/** Page routes ("/(staff)/leads/page" → "/leads") from app-path-routes-manifest.json, internal ones left out. */
export function pageRoutes(appPathRoutes: Record<string, string>): { entry: string; route: string }[] {
  return Object.entries(appPathRoutes)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => ({ entry, route }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The chunks a page's client reference manifest (a JS file assigning globalThis.__RSC_MANIFEST[entry]) lists. */
export function entryChunks(manifestSource: string, entry: string): string[] {
  const sandbox: {
    globalThis?: unknown;
    __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }>;
  } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(manifestSource, sandbox, { timeout: 1000 });
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`no client reference manifest for ${entry}`);
  return Object.values(manifest.entryJSFiles ?? {}).flat();
}

/** Root main files plus the route's own chunks, each once, in a stable order. */
export function firstLoadFiles(rootMainFiles: readonly string[], chunks: readonly string[]): string[] {
  return [...new Set([...rootMainFiles, ...chunks].filter((f) => f.endsWith(".js")))].sort();
}

/** The routes the build has, pages and route handlers, e.g. "/leads/[leadId]", "/api/notifications". */
export function builtRoutes(nextDir: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8"));
  const handlers = Object.entries(manifest as Record<string, string>)
    .filter(([entry, route]) => entry.endsWith("/route") && !route.startsWith("/_"))
    .map(([, route]) => route);
  return new Set([...pageRoutes(manifest).map((r) => r.route), ...handlers]);
}

export function readFirstLoadJs(nextDir: string): FirstLoadJs[] {
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(nextDir, file), "utf8"));
  const { rootMainFiles } = readJson("build-manifest.json") as { rootMainFiles: string[] };
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(path.join(nextDir, file))).length);
    return gzipped.get(file)!;
  };
  return pageRoutes(readJson("app-path-routes-manifest.json")).map(({ entry, route }) => {
    const source = fs.readFileSync(path.join(nextDir, "server/app", `${entry}_client-reference-manifest.js`), "utf8");
    const files = firstLoadFiles(rootMainFiles, entryChunks(source, entry));
    return { route, files: files.length, gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0) };
  });
}
