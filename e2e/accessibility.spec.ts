import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsCustomer, signInAsStaff, users } from "./fixtures/auth";
import { createFailedJob, createLead } from "./fixtures/data";

// Every main page, in every role, passes axe-core's WCAG 2.1 A/AA rules with
// no serious or critical violation.
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, `axe on ${path}`).toEqual([]);
}

// axe takes seconds a page on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

test("anonymous pages are accessible", async ({ page }) => {
  for (const path of ["/login", "/login?tab=customer", "/login/check-email", "/no-such-page"]) {
    await expectAccessible(page, path);
  }
});

test("the sales rep's pages are accessible", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads/);
  for (const path of ["/leads", "/customers", "/dashboard"]) await expectAccessible(page, path);
});

test("the manager's pages are accessible", async ({ page }) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  for (const path of ["/dashboard", "/dashboard/definitions", "/leads", "/customers", "/settings/content"])
    await expectAccessible(page, path);
});

test("merging customers is accessible: the search, the comparison and its dialog", async ({ page, request }) => {
  const kept = await createLead(request, { ownerEmail: users.sales });
  const dup = await createLead(request, { ownerEmail: users.sales2, withPurchase: true });
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await expectAccessible(page, `/customers/${kept.customerId}/merge?q=${encodeURIComponent(dup.customerName)}`);
  await expectAccessible(page, `/customers/${kept.customerId}/merge?with=${dup.customerId}`);
  await page.getByRole("button", { name: "Merge…" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include("[role=alertdialog]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
});

test("a customer's page is accessible, its erase dialog too", async ({ page, request }) => {
  const { customerId } = await createLead(request, { ownerEmail: users.sales, withPurchase: true });
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await expectAccessible(page, `/customers/${customerId}`);
  await page.getByRole("button", { name: "Erase customer…" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include("[role=alertdialog]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
});

test("the customer's pages are accessible", async ({ page }) => {
  await signInAsCustomer(page, users.customer);
  await expect(page).toHaveURL(/\/orders/);
  await expectAccessible(page, "/orders");
  const order = page.getByRole("link", { name: "Elektrisk varebil" });
  const href = await order.getAttribute("href");
  expect(href).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
  await expectAccessible(page, href!);
});

test("the manager's user, audit and background-jobs pages are accessible", async ({ page, request }) => {
  await createFailedJob(request, { email: users.sales }); // a failed job's row, not only the empty list
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  for (const path of [
    "/settings/users",
    "/settings/audit",
    "/settings/audit?action=no.such",
    "/settings/teams",
    "/settings/jobs",
  ])
    await expectAccessible(page, path);

  // The invitation dialog, with a refused address named in it.
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "Invite a staff user" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a staff user" });
  await dialog.getByLabel("Email").fill("not-an-address");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Enter a valid email address.")).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );
});
