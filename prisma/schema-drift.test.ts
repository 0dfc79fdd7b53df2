import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, SCHEMA_PATH } from "@/scripts/lib/schema-engine";

// The app builds its database from prisma/migrations, while the Prisma client
// is generated from schema.prisma. If they disagree, queries fail at run time
// on a column the database never got. Fix: npm run db:new-migration -- <name>.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reise-schema-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("schema.prisma and prisma/migrations", () => {
  it("describe the same database", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("are reported as different when the schema gains a field the migrations lack", async () => {
    const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
    const withExtraField = schema.replace(/^model Lead \{$/m, "model Lead {\n  driftProbe String?");
    expect(withExtraField).not.toBe(schema);
    const copy = path.join(tmp, "schema.prisma");
    fs.writeFileSync(copy, withExtraField);

    expect(await diffMigrationsToSchema(copy)).toMatch(/ALTER TABLE "Lead" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});
