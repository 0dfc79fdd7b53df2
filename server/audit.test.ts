import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The audit trail is append-only. This reads the app's source, so a change
// that edits or deletes audit rows (through Prisma or in SQL) fails here, and
// so does an audit row written around recordAudit. The one exception lives
// beside recordAudit: an erasure redacts what staff typed about the customer
// (redactAuditText), keeping every entry.

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = [
  "app",
  "server",
  "lib",
  "components",
  "scripts",
  "prisma/seed",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
];

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? sourceFiles(path.join(entry, d.name))
        : /\.(ts|tsx|mjs|js|sql)$/.test(d.name)
          ? [path.join(full, d.name)]
          : [],
    );
}

// Tests may build their own worlds; the running app may not.
const files = SOURCE_DIRS.flatMap(sourceFiles).filter((f) => !/\.test\.tsx?$|\.test-support\.ts$/.test(f));

const PRISMA_CHANGE = /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/;
const SQL_CHANGE = /(UPDATE\s+"?AuditLog"?|DELETE\s+FROM\s+"?AuditLog"?|TRUNCATE[^;]*"?AuditLog"?)/i;
const PRISMA_CREATE = /auditLog\s*\.\s*(create|createMany)\b/;

const offenders = (pattern: RegExp) =>
  files.filter((f) => pattern.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));

describe("the audit log is append-only", () => {
  it("reads the whole source tree", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(path.join("server", "audit.ts")))).toBe(true);
  });

  it("the patterns catch what they are meant to", () => {
    expect(PRISMA_CHANGE.test("await tx.auditLog.deleteMany({})")).toBe(true);
    expect(PRISMA_CHANGE.test("db.auditLog .update({")).toBe(true);
    expect(SQL_CHANGE.test('UPDATE "AuditLog" SET data = null')).toBe(true);
    expect(SQL_CHANGE.test('delete from "AuditLog"')).toBe(true);
    expect(PRISMA_CHANGE.test("db.auditLog.findMany({")).toBe(false);
  });

  it("no code updates or deletes an audit row, but the erasure's redaction in server/audit.ts", () => {
    expect(offenders(PRISMA_CHANGE)).toEqual([]);
    expect(offenders(SQL_CHANGE)).toEqual(["server/audit.ts"]);
    const audit = fs.readFileSync(path.join(ROOT, "server", "audit.ts"), "utf8");
    expect(audit.match(new RegExp(SQL_CHANGE.source, "gi"))).toHaveLength(1);
    expect(audit).not.toMatch(/DELETE\s+FROM|TRUNCATE/i);
  });

  it("audit rows are written only by recordAudit (and the demo seed)", () => {
    expect(offenders(PRISMA_CREATE)).toEqual(["server/audit.ts"]);
  });
});
