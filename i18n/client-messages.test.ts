import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/messages";
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
import { CLIENT_NAMESPACES, clientMessages, type ClientPart } from "./client-messages";

// Each part of the app hands its client components only the message
// namespaces they use (i18n/client-messages.ts). This finds the namespaces each
// part's client components translate with, following imports from its routes
// into "use client" files and on through import() (a lazily loaded menu renders
// under the same provider), and fails when one is missing from the part's list.

const PARTS: Record<ClientPart, string[]> = {
  // Rendered under the root layout's provider only: app/error.tsx, app/not-found.tsx.
  root: ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/global-error.tsx", "app/page.tsx"],
  auth: ["app/(auth)"],
  portal: ["app/(portal)"],
  staff: ["app/(staff)/layout.tsx", "app/(manager)/layout.tsx", "app/(record)/layout.tsx"],
  // The board has its own layout and part, with the pipeline's words; "!" leaves a folder out.
  leads: ["app/(staff)/leads", "!app/(staff)/leads/board"],
  board: ["app/(staff)/leads/board"],
  customers: ["app/(staff)/customers"],
  customerAdmin: ["app/(manager)/customers"],
  dashboard: ["app/(staff)/dashboard"],
  agenda: ["app/(staff)/agenda"],
  account: ["app/(staff)/account"],
  settings: ["app/(manager)/settings"],
  leadRecord: ["app/(record)/leads"],
  customerRecord: ["app/(record)/customers"],
};

/**
 * What a client file translates with: the namespace, or the group of keys in it, that useTranslations("ns…") names
 * ("dashboard.filters"), or the namespace of t("ns.…") after useTranslations().
 */
export function namespacesIn(source: string): string[] {
  const found = [...source.matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  if (/useTranslations\(\s*\)/.test(source)) {
    found.push(...[...source.matchAll(/\bt(?:\.rich|\.markup|\.has)?\(\s*["'`]([^"'`.$]+)\./g)].map((m) => m[1]));
  }
  return found;
}

function clientNamespaces(entries: string[]): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = read(file);
    if (isServerAction(source)) return;
    const inClient = client || isClient(source);
    if (inClient) for (const ns of namespacesIn(source)) if (!used.has(ns)) used.set(ns, path.relative(ROOT, file));
    const next = [...staticImports(source), ...(inClient ? dynamicImports(source) : [])];
    for (const specifier of next.filter(isLocal)) {
      const resolved = resolveLocal(specifier, file);
      if (resolved && /\.tsx?$/.test(resolved)) visit(resolved, inClient);
    }
  };
  const left = entries.filter((e) => e.startsWith("!")).map((e) => path.join(ROOT, e.slice(1)) + path.sep);
  for (const entry of entries.filter((e) => !e.startsWith("!"))) {
    const full = path.join(ROOT, entry);
    for (const file of entry.endsWith(".tsx") ? [full] : sourceFiles(full))
      if (!left.some((dir) => file.startsWith(dir))) visit(file, false);
  }
  return used;
}

describe("client message namespaces", () => {
  for (const [part, entries] of Object.entries(PARTS) as [ClientPart, string[]][]) {
    it(`${part}: every namespace its client components use is passed to them`, () => {
      const used = clientNamespaces(entries);
      // Given when the part lists the namespace, or a group of keys that holds what the file uses.
      const given = (used: string) =>
        (CLIENT_NAMESPACES[part] as readonly string[]).some((e) => used === e || used.startsWith(`${e}.`));
      const missing = [...used].filter(([ns]) => !given(ns)).map(([ns, file]) => `${ns} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it("lists only namespaces that exist", () => {
    for (const list of Object.values(CLIENT_NAMESPACES))
      for (const entry of list) expect(NAMESPACES).toContain(entry.split(".")[0]);
  });

  it("hands over a group of keys under its own path, and nothing else of its namespace", () => {
    const messages = {
      common: { ok: "OK" },
      dashboard: { filters: { range: "Range" }, channel: { WEB: "Web" }, kpi: {} },
    };
    expect(clientMessages(messages, "dashboard")).toEqual({
      common: { ok: "OK" },
      dashboard: { filters: { range: "Range" }, channel: { WEB: "Web" } },
    });
  });

  it("would notice a client component's namespace", () => {
    expect(namespacesIn('const t = useTranslations("leadList.filters");')).toEqual(["leadList.filters"]);
    expect(
      namespacesIn('const t = useTranslations();\nt("userMenu.label", {}); t(`common.languages.${code}`);'),
    ).toEqual(["userMenu", "common"]);
    expect(clientNamespaces(["app/(staff)"]).has("dashboard.filters")).toBe(true);
  });
});
