import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, NAMESPACES } from "@/messages";
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
  leads: ["app/(staff)/leads", "!app/(staff)/leads/board", "!app/(staff)/leads/closed"],
  closedLeads: ["app/(staff)/leads/closed"],
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
 * What a client file translates with, as narrowly as its calls show. For each `const t = useTranslations("ns")`:
 * the group of keys each call of t opens ("ns.group" for t("group.key") or t(`group.${k}`), "ns.key" for a key at
 * the top). A call whose key is not written out, or t handed on to other code, counts as all of "ns"; so does
 * useTranslations("ns") not bound to a name. A binding holds until its name is bound again further down (a file
 * binds t once per component). After useTranslations() the namespace is the first part of each written key.
 */
export function namespacesIn(source: string): string[] {
  const found: string[] = [];
  const bindings = [
    ...source.matchAll(/(?:\b(?:const|let)\s+(\w+)\s*=\s*)?useTranslations\(\s*(?:["'`]([^"'`]+)["'`])?\s*\)/g),
  ];
  for (const [i, b] of bindings.entries()) {
    const [declaration, name, ns] = b;
    if (!name) {
      if (ns) found.push(ns);
      continue;
    }
    const next = bindings.slice(i + 1).find((later) => later[1] === name);
    const from = b.index + declaration.length;
    const region = source.slice(from, next?.index ?? source.length);
    for (const use of region.matchAll(
      new RegExp(`(?<![\\w.$])${name}(?![\\w$])(\\.(?:rich|markup|has|raw))?(\\()?`, "g"),
    )) {
      const key = use[2] ? writtenKey(region.slice(use.index + use[0].length)) : undefined;
      if (!ns) {
        if (key?.includes(".")) found.push(key.split(".")[0]);
      } else found.push(key && !key.startsWith(".") ? `${ns}.${key.split(".")[0]}` : ns);
    }
  }
  return found;
}

/**
 * The key a call starts with, as far as it is written out: the whole of "a.b" or 'a.b', the part of `a.${x}` up to
 * its first placeholder when that holds a dot (else nothing: the group is not known), nothing for an expression.
 */
function writtenKey(args: string): string | undefined {
  const rest = args.trimStart();
  const quote = rest[0];
  if (quote === '"' || quote === "'") return rest.slice(1, rest.indexOf(quote, 1));
  if (quote !== "`") return undefined;
  const close = rest.indexOf("`", 1);
  const placeholder = rest.indexOf("${", 1);
  if (placeholder === -1 || placeholder > close) return rest.slice(1, close);
  const written = rest.slice(1, placeholder);
  return written.includes(".") ? written : undefined;
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

  it("lists only namespaces, and groups of keys, that exist", async () => {
    const en = await loadMessages("en");
    for (const list of Object.values(CLIENT_NAMESPACES))
      for (const entry of list) {
        expect(NAMESPACES).toContain(entry.split(".")[0]);
        const found = entry.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], en);
        expect(found, entry).toBeDefined();
      }
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
    expect(namespacesIn('const t = useTranslations("leadList.filters");\nt("search");')).toEqual([
      "leadList.filters.search",
    ]);
    expect(namespacesIn('useTranslations("leadList.filters")')).toEqual(["leadList.filters"]);
    expect(
      namespacesIn('const t = useTranslations();\nt("userMenu.label", {}); t(`common.languages.${code}`);'),
    ).toEqual(["userMenu", "common"]);
    expect(clientNamespaces(["app/(staff)"]).has("dashboard.filters.range")).toBe(true);
  });

  it("narrows a namespace to the groups its calls name, and takes all of it where a key is not written out", () => {
    const source = [
      'function A() { const t = useTranslations("leadList"); t("stages.NEW"); t(`channels.${c}`); t("noContact"); }',
      'function B() { const t = useTranslations("leadList.sla"); t.rich("overdue", {}); }',
      'function C() { const tl = useTranslations("orders"); tl(key); }',
      'function D() { const tx = useTranslations("lead"); render(tx); }',
      'function E() { const t = useTranslations("bulk"); t(`${verb}.done`); }',
    ].join("\n");
    expect(namespacesIn(source)).toEqual([
      "leadList.stages",
      "leadList.channels",
      "leadList.noContact",
      "leadList.sla.overdue",
      "orders",
      "lead",
      "bulk",
    ]);
  });
});
