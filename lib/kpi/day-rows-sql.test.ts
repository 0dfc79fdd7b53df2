import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  leadDayFactsSql,
  leadDayLevelFactsSql,
  leadDayResumSql,
  leadMonthRebuildSql,
  leadMonthResumSql,
} from "./day-rows-sql";

// The day rows' SQL is generated from the constants its readers use (day-rows-sql.ts). A migration
// that defines it holds the output between two markers; the newest such migration must be the
// output of the generator as it is now. A change to the generator goes into a new migration: copy
// the markers into it and run this file with UPDATE_DAY_ROWS_SQL=1.

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const START = "-- generated:start";
const END = "-- generated:end";

const generated = () =>
  `\n${[leadDayFactsSql(), leadDayLevelFactsSql(), leadDayResumSql(), leadMonthResumSql(), leadMonthRebuildSql()].join("\n\n")}\n`;

function newestGeneratedMigration(): string {
  const dirs = fs.readdirSync(MIGRATIONS).filter((d) => fs.existsSync(path.join(MIGRATIONS, d, "migration.sql")));
  const withMarkers = dirs
    .sort()
    .map((d) => path.join(MIGRATIONS, d, "migration.sql"))
    .filter((file) => fs.readFileSync(file, "utf8").includes(START));
  expect(withMarkers.length, "a migration holds the generated day-row SQL").toBeGreaterThan(0);
  return withMarkers.at(-1)!;
}

describe("the day rows' SQL", () => {
  it("in the newest migration that holds it is what the generator writes", () => {
    const file = newestGeneratedMigration();
    const sql = fs.readFileSync(file, "utf8");
    const from = sql.indexOf("\n", sql.indexOf(START)) + 1;
    const to = sql.indexOf(END);
    const current = sql.slice(from - 1, to);
    if (process.env.UPDATE_DAY_ROWS_SQL && current !== generated()) {
      fs.writeFileSync(file, sql.slice(0, from - 1) + generated() + sql.slice(to));
      return;
    }
    expect(current, "run UPDATE_DAY_ROWS_SQL=1 npx vitest run --project unit lib/kpi/day-rows-sql.test.ts").toBe(
      generated(),
    );
  });

  it.each([
    ["all levels", leadDayFactsSql],
    ["one level", leadDayLevelFactsSql],
  ])("(%s) spells no SLA minutes and no time zone other than the reporting one", (_, generate) => {
    const sql = generate();
    expect(sql).not.toMatch(/WHEN 'CHAT' THEN 15/);
    expect(sql).toContain(`x."slaMinutes"`);
    expect(sql.match(/AT TIME ZONE '([^']+)'/g)).toEqual(["AT TIME ZONE 'Europe/Oslo'"]);
    expect(sql).not.toContain(`"AuditLog"`);
  });
});
