import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, requestMagicLink, signInAsCustomer, signInAsStaff, users, waitForMail } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";

test.describe("signing in", () => {
  test("an anonymous visitor is sent to the login page", async ({ page }) => {
    await page.goto("/leads");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fleads/);
    await expect(page.getByRole("heading", { name: "Sign in to Reise" })).toBeVisible();
  });

  test("a sales rep lands on the lead list", async ({ page }) => {
    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads$/);
    await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Customers" }),
    ).toBeVisible();
  });

  test("a manager lands on the dashboard", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  test("a wrong password shows an error and signs nobody in", async ({ page }) => {
    await signInAsStaff(page, users.sales, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/leads");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown email gets the same answer as a real one", async ({ page }) => {
    await signInAsStaff(page, "nobody@reise.test");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  });

  test("a customer signs in with the emailed link and lands on their orders", async ({ page }) => {
    await signInAsCustomer(page, users.customer);
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByRole("heading", { level: 1, name: "My orders" })).toBeVisible();
  });

  test("a sign-in link works only once", async ({ page, browser }) => {
    const link = await requestMagicLink(page, users.customer2);
    await page.goto(link!);
    await expect(page).toHaveURL(/\/orders$/);
    const other = await browser.newPage();
    await other.goto(link!);
    await expect(other).toHaveURL(/\/login/);
    await expect(other.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
    await other.close();
  });

  test("no link is sent to an address that is not a customer", async ({ page }) => {
    const since = Date.now();
    await page.goto("/login");
    await page.getByRole("tab", { name: "Customer" }).click();
    await page.getByLabel("Email").fill(users.sales);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    expect(await waitForMail(users.sales, since, 1500)).toBeNull();
  });

  test("signing out ends the session", async ({ page, request }) => {
    // A user of its own: signing out ends all of a user's sessions.
    const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
    await signInAsStaff(page, rep.email);
    await expect(page).toHaveURL(/\/leads$/);
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/leads");
    await expect(page).toHaveURL(/\/login/);
  });
});
