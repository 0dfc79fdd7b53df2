import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { NOW, openAnalyticsWorld, type AnalyticsWorld } from "@/test/worlds/analytics-world";
import { setGoal } from "./service";
import { lastWeek, planWeeklyReports, sendWeeklyReport } from "./weekly-report";

// The weekly report: planned once per manager per week, sent once however often its job runs, in
// the manager's language, with the figures and the goals as an HTML table and as text; none for a
// manager who switched it off.

type Mail = { to: string; subject: string; text: string; html: string };

describe.each(testDatabases)("weekly report on $name", (database) => {
  let w: AnalyticsWorld;
  let outbox: string;
  const mails = (): Mail[] =>
    fs.existsSync(outbox)
      ? fs.readdirSync(outbox).map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")) as Mail)
      : [];
  beforeAll(async () => {
    outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-weekly-"));
    process.env.REISE_OUTBOX_DIR = outbox;
    w = await openAnalyticsWorld(database);
  });
  afterAll(async () => {
    delete process.env.REISE_OUTBOX_DIR;
    fs.rmSync(outbox, { recursive: true, force: true });
    await w?.close();
  });

  it("takes last week as Monday to Monday in Oslo", () => {
    // NOW is Monday 15 June 2026, 12:00 in Oslo.
    const week = lastWeek(NOW);
    expect([week.monday, week.nextMonday]).toEqual(["2026-06-08", "2026-06-15"]);
    expect(week.to.toISOString()).toBe("2026-06-14T22:00:00.000Z");
    expect(lastWeek(new Date("2026-06-14T21:59:00Z")).monday).toBe("2026-06-01");
  });

  it("plans one report per manager per week, not before Monday 07:00, and none when switched off", async () => {
    expect(await planWeeklyReports(w.db, new Date("2026-06-15T04:30:00Z"))).toBe(0); // 06:30 in Oslo
    expect(await planWeeklyReports(w.db, NOW)).toBe(1);
    expect(await planWeeklyReports(w.db, new Date(NOW.getTime() + 3_600_000))).toBe(0);
    const other = await w.db.user.create({
      data: { email: "off@t.test", name: "Off", role: "MANAGER", weeklyReport: false },
    });
    expect(await planWeeklyReports(w.db, new Date(NOW.getTime() + 7 * 86_400_000))).toBe(1);
    expect(await sendWeeklyReport(w.db, other.id, "2026-06-08", NOW)).toBe(false);
  });

  it("sends the figures and goals in the manager's language, once per week", async () => {
    await w.db.user.update({ where: { id: w.manager.userId }, data: { locale: "nb" } });
    await setGoal(w.db, w.manager, {
      month: "2026-05",
      kind: "user",
      targetId: w.ids.repA,
      answeredWithinSla: 5,
      wonDeals: 1,
      wonValue: null,
      currency: "NOK",
    });
    const before = mails().length;
    // The last week of May: the world's May leads fall in the weeks of the range.
    expect(await sendWeeklyReport(w.db, w.manager.userId, "2026-05-25", NOW)).toBe(true);
    expect(await sendWeeklyReport(w.db, w.manager.userId, "2026-05-25", NOW)).toBe(false);
    expect(await sendWeeklyReport(w.db, w.manager.userId, "2026-05-18", NOW)).toBe(false);
    const sent = mails().slice(before);
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail.to).toBe("m@t.test");
    expect(mail.subject).toBe("Ukesrapport fra Reise, uke 22");
    expect(mail.text).toContain("Nye leads");
    expect(mail.text).toContain("Mål for mai 2026");
    expect(mail.text).toContain("Anna");
    expect(mail.html).toContain("<table");
    expect(mail.html).toContain('<th scope="col"');
    expect(mail.html).toContain("Anna");
    expect(mail.html).not.toMatch(/<script/i);
  });
});
