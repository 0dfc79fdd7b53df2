import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every server action is built by the action client (./client.ts), so none can skip a step: a
// "use server" module that guards, reads the session or parses on its own is a second shape.

const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? walk(path.join(dir, d.name))
        : /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name)
          ? [path.join(dir, d.name)]
          : [],
    );
}

const source = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const actionModules = [...walk("app"), ...walk("server"), ...walk("components")].filter((f) =>
  /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source(f)),
);

describe("server actions", () => {
  it("are found", () => {
    expect(actionModules).toEqual(
      expect.arrayContaining(["server/leads/actions.ts", "server/orders/actions.ts", "server/users/staff-actions.ts"]),
    );
  });

  it.each(actionModules)("%s builds its actions with the action client and guards nothing itself", (file) => {
    const src = source(file);
    expect(src).toMatch(/from "@\/server\/actions\/client"/);
    expect(src).toMatch(/\b(formAction|callAction)\(\{/);
    expect(src).not.toMatch(
      /\b(requireStaff|requireRole|requireCustomer|requireSession|getSession|getServerSession)\(/,
    );
    expect(src).not.toMatch(/\.safeParse\(/);
  });
});
