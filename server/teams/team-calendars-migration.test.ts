import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/server/db/migrate";
import { resetPublicSchema, testDatabases, type TestSqlClient } from "@/test/worlds/databases";

// The team_calendars migration gives the teams that exist the calendar they counted in before:
// the saved default hours (AppSetting "sla"), with the holidays of its time zone's country.

const all = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
  .sort();
const mine = all.findIndex((name) => name.endsWith("_team_calendars"));
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A migrations folder holding the repository's migrations up to (and with `through`: including) ours. */
function upTo(through: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-team-calendars-"));
  tempDirs.push(dir);
  for (const name of all.slice(0, through ? mine + 1 : mine)) {
    fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

describe.each(testDatabases)("the team_calendars migration on $name", (target) => {
  let db: TestSqlClient;
  beforeAll(async () => {
    db = await target.openEmpty();
  });
  afterAll(async () => db?.close());

  const teams = () =>
    db.query<{
      name: string;
      timeZone: string;
      openDays: number[];
      opensAt: string;
      closesAt: string;
      hc: string | null;
    }>(
      `SELECT name, "timeZone", "openDays", "opensAt", "closesAt", "holidayCountry"::text AS hc FROM "Team" ORDER BY name`,
    );

  it("copies the saved default hours into existing teams, holidays following the time zone", async () => {
    expect(mine).toBeGreaterThan(0);
    await resetPublicSchema(db);
    await applyMigrations(db, { dir: upTo(false) });
    await db.exec(`INSERT INTO "Team" (id, name) VALUES (gen_random_uuid(), 'Bil')`);
    const hours = { timeZone: "Europe/Copenhagen", days: [1, 2, 3, 4, 5, 6], start: "09:00", end: "18:30" };
    await db.query(`INSERT INTO "AppSetting" (key, value, "updatedAt") VALUES ('sla', $1::jsonb, now())`, [
      JSON.stringify({ minutesByChannel: {}, hours }),
    ]);
    await applyMigrations(db, { dir: upTo(true) });
    expect(await teams()).toEqual([
      {
        name: "Bil",
        timeZone: "Europe/Copenhagen",
        openDays: [1, 2, 3, 4, 5, 6],
        opensAt: "09:00",
        closesAt: "18:30",
        hc: "DK",
      },
    ]);
  });

  it("gives teams the defaults when no hours were saved, and new teams the defaults too", async () => {
    await resetPublicSchema(db);
    await applyMigrations(db, { dir: upTo(false) });
    await db.exec(`INSERT INTO "Team" (id, name) VALUES (gen_random_uuid(), 'Bil')`);
    await applyMigrations(db, { dir: upTo(true) });
    await db.exec(`INSERT INTO "Team" (id, name) VALUES (gen_random_uuid(), 'Bygg')`);
    const defaults = {
      timeZone: "Europe/Oslo",
      openDays: [1, 2, 3, 4, 5],
      opensAt: "08:00",
      closesAt: "17:00",
      hc: "NO",
    };
    expect(await teams()).toEqual([
      { name: "Bil", ...defaults },
      { name: "Bygg", ...defaults },
    ]);
  });
});
