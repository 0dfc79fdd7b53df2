import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A manager checks and changes a team's calendar on /settings/teams. Other specs post chats to
// the demo teams while this runs, so nothing here changes a clock this month: the day closed is
// about four months ahead, and the one change of hours tried is refused.

const PAGE = "/settings/teams";

async function openAsManager(page: Page) {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Team calendars", level: 2 })).toBeVisible();
}

/** A Wednesday about four months after the pinned now, as "YYYY-MM-DD". */
function laterWednesday(): string {
  const d = new Date(Date.now() + 120 * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test("a manager reads a team's calendar in words, closes a day with a note and opens it again", async ({ page }) => {
  await openAsManager(page);
  await expect(
    page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Team calendars" }),
  ).toHaveAttribute("aria-current", "page");
  const team = page.getByRole("region", { name: "Nordvik Bil" });
  await expect(team.getByTestId("team-calendar-rule")).toContainText(
    "Open Monday–Friday, 08:00–17:00, time zone Norway (Oslo). Closed on Norway's public holidays",
  );
  await expect(team.getByTestId("team-next-closed").getByRole("listitem").first()).toBeVisible();
  await expectFitsDesktopAndPhone(page);

  const date = laterWednesday();
  const closeDay = team.getByRole("form", { name: "Close a day for Nordvik Bil" });
  // No note: refused next to the field, the date kept.
  await closeDay.getByLabel("Date").fill(date);
  await closeDay.getByRole("button", { name: "Close this day" }).click();
  await expect(closeDay.getByLabel("Why")).toHaveAccessibleDescription(/Say why the team is closed\./);
  await expect(closeDay.getByLabel("Date")).toHaveValue(date);

  await closeDay.getByLabel("Why").fill("Stocktaking (e2e)");
  await closeDay.getByRole("button", { name: "Close this day" }).click();
  await expect(closeDay.getByText("Day closed. New buying signals skip it.")).toBeVisible();
  const added = team.getByRole("list", { name: "Days closed for Nordvik Bil" });
  await expect(added).toContainText("Stocktaking (e2e)");
  await expect(team.getByTestId("team-calendar-rule")).toContainText(/and on \d+ days? you added\./);

  // The same date again: said next to the date.
  await closeDay.getByLabel("Date").fill(date);
  await closeDay.getByLabel("Why").fill("Again");
  await closeDay.getByRole("button", { name: "Close this day" }).click();
  await expect(closeDay.getByLabel("Date")).toHaveAccessibleDescription(/already closed/);

  const item = added.getByRole("listitem").filter({ hasText: "Stocktaking (e2e)" });
  await item.getByRole("button", { name: /^Open .+ again$/ }).click();
  await expect(team.getByText("Stocktaking (e2e)")).toHaveCount(0);
});

test("opening hours that close before they open are refused, kept, and not saved", async ({ page }) => {
  await openAsManager(page);
  const form = page.getByRole("form", { name: "Opening hours of Fjordsiden Byggsenter" });
  const before = await form.getByLabel("Closes").inputValue();
  await form.getByLabel("Opens").fill("18:00");
  await form.getByRole("button", { name: "Save opening hours" }).click();
  await expect(form.getByLabel("Closes")).toHaveAccessibleDescription("Closing time must be after opening time.");
  await expect(form.getByLabel("Opens")).toHaveValue("18:00");
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Opening hours of Fjordsiden Byggsenter" }).getByLabel("Closes"),
  ).toHaveValue(before);
});

test("a sales rep gets a 404", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads/);
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(404);
});
