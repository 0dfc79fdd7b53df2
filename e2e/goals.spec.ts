import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// Goals, the previous period and the weekly report, through the real login. A manager sets a rep's
// targets for this month; the dashboard shows actual against target (in words, not colour alone)
// and every card's "vs previous" line; the rep sees their own goal and no one else's. The weekly
// report is planned by its hourly sweep: the server's clock is pinned but runs at the real pace,
// so the hour is injected through /api/e2e/jobs (test builds only), which runs the named kinds'
// due jobs with the app's own runner, and the report lands in the outbox.

test.describe.configure({ timeout: 120_000 });

const REP = "Magnus Berg";

async function runReportJobs(request: APIRequestContext): Promise<number> {
  let ran = 0;
  // Twice: the sweep plans the per-manager jobs, which are due at once.
  for (let i = 0; i < 2; i++) {
    const response = await request.post("/api/e2e/jobs", {
      data: { afterMinutes: 61, kinds: ["reports.weekly-sweep", "reports.weekly"] },
    });
    expect(response.status(), await response.text()).toBe(200);
    ran += (await response.json()).ran;
  }
  return ran;
}

test("a manager sets a rep's goal; the dashboard shows it against the actuals and the previous period", async ({
  page,
}) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await page.goto("/settings/goals");
  await expect(page.getByRole("heading", { level: 2, name: "Goals" })).toBeVisible();
  const row = page.getByTestId("goal-row").filter({ hasText: REP });
  await row.getByRole("textbox", { name: `Answered within SLA, ${REP}` }).fill("5");
  await row.getByRole("textbox", { name: `Won deals, ${REP}` }).fill("-2");
  await row.getByRole("button", { name: `Save goal for ${REP}` }).click();
  await expect(row.getByText("A target cannot be negative.")).toBeVisible();
  await row.getByRole("textbox", { name: `Won deals, ${REP}` }).fill("400");
  await row.getByRole("textbox", { name: `Won value (NOK), ${REP}` }).fill("250 000");
  await row.getByRole("button", { name: `Save goal for ${REP}` }).click();
  await expect(row.getByText("Goal saved.")).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByTestId("goal-row")
      .filter({ hasText: REP })
      .getByRole("textbox", { name: `Won deals, ${REP}` }),
  ).toHaveValue("400");
  await expectFitsDesktopAndPhone(page);

  await page.goto("/dashboard?range=30d");
  const goals = page.getByTestId("chart-goals");
  const goalRow = goals.getByRole("row").filter({ hasText: REP });
  await expect(goalRow).toBeVisible({ timeout: 30_000 });
  // 400 won deals in a month is out of reach: "behind", said in words.
  await expect(goalRow.getByTestId("goal-won")).toContainText(/of 400/);
  await expect(goalRow.getByTestId("goal-won")).toContainText("behind");
  await expect(goalRow.getByTestId("goal-sla")).toContainText(/of 5/);
  await expect(goalRow.getByTestId("goal-value")).toContainText(/250,000/);
  // Every card states its range figures against the 30 days before.
  await expect(page.getByTestId("funnel-total-previous")).toContainText(/previous 30 days/, { timeout: 30_000 });
  for (const card of ["sources", "speed", "after"]) {
    await expect(page.getByTestId(`chart-${card}`).getByTestId("metric-previous").first()).toContainText(
      /previous 30 days/,
    );
  }
  await expectFitsDesktopAndPhone(page);
});

test("a rep sees their own goal and nobody else's", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/(leads|dashboard|agenda)/, { timeout: 30_000 });
  await page.goto("/dashboard?range=30d");
  const goals = page.getByTestId("chart-goals");
  await expect(goals).toBeVisible({ timeout: 30_000 });
  const rows = goals.getByTestId("goal-rows").getByRole("row");
  // The manager's test may not have run first: either the rep's own goal, or none at all.
  const count = await rows.count();
  if (count > 0) {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(REP);
  } else {
    await expect(goals.getByText("No goals for these months.")).toBeVisible();
  }
  await expect(goals.getByRole("link", { name: "Set goals" })).toHaveCount(0);
  expect((await page.request.get("/settings/goals")).status()).not.toBe(200);
});

test("the weekly report lands in the manager's outbox, once", async ({ request }) => {
  await runReportJobs(request);
  const mails = await findMails(users.manager, 0, (m) => /^Reise weekly report, week \d+$/.test(m.subject), 15_000);
  expect(mails).toHaveLength(1);
  const [mail] = mails as ((typeof mails)[number] & { html: string })[];
  expect(mail.text).toContain("New leads");
  expect(mail.text).toMatch(/Goals for \w+ \d{4}/);
  expect(mail.html).toContain("<table");
  // Planned again an hour later: the week is sent, so nothing new goes out.
  await runReportJobs(request);
  expect(await findMails(users.manager, 0, (m) => m.subject.startsWith("Reise weekly report"), 2_000)).toHaveLength(1);
});
