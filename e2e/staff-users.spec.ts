import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff, users } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";
import { openStaffRow } from "./fixtures/staff-list";

// A manager administers staff on /settings/users; every change lands in the
// audit log on /settings/audit. Users of the tests' own, never the demo ones.

test.describe("user administration", () => {
  test("a manager disables a sales rep, whose open session ends at once, and the audit log says so", async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(60_000); // two sign-ins and four pages on a busy machine
    const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await signInAsStaff(repPage, rep.email);
    await expect(repPage).toHaveURL(/\/leads$/);

    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await openStaffRow(page, rep.email);
    await page.getByRole("button", { name: `Disable ${rep.name}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disable" }).click();
    const row = page.getByTestId("staff-user-row").filter({ hasText: rep.email });
    await expect(row.getByText("Disabled")).toBeVisible();
    await expect(row.getByRole("button", { name: `Enable ${rep.name}` })).toBeVisible();

    await repPage.goto("/leads");
    await expect(repPage).toHaveURL(/\/login/);
    await repContext.close();

    await page.goto("/settings/audit?action=user.disabled");
    const entry = page.getByTestId("audit-row").filter({ hasText: rep.name });
    await expect(entry).toContainText("User disabled");
    await expect(entry).toContainText("Active → Disabled");
    await expect(entry).toContainText("Ingrid Solberg"); // the demo manager
  });

  test("a manager cannot change their own access", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    const self = await openStaffRow(page, users.manager);
    await expect(self.getByText("You cannot change your own access.")).toBeVisible();
    await expect(self.getByRole("button")).toHaveCount(0);
  });

  test("a manager finds a user by part of their email, and a search with no match says so", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/settings/users");
    const search = page.getByRole("searchbox", { name: "Find a staff user" });
    await search.fill("SALES2@reise");
    await search.press("Enter");
    await expect(page).toHaveURL(/q=SALES2%40reise/);
    const rows = page.getByTestId("staff-user-row");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("sales2@reise.test");

    await search.fill("no-such-person");
    await search.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "No staff user matches “no-such-person”." })).toBeVisible();
    await page.getByRole("link", { name: "Show everyone" }).click();
    await expect(page).toHaveURL(/\/settings\/users$/);
    await expect(search).toHaveValue("");
    await expect(rows.nth(1)).toBeVisible(); // everyone again, not just one match
  });

  test("a sales rep gets a 404 for both pages", async ({ page }) => {
    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads$/);
    for (const path of ["/settings/users", "/settings/audit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });
});
