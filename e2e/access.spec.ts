import { expect, test } from "@playwright/test";
import { signInAsCustomer, users } from "./fixtures/auth";

test.describe("what a customer can reach", () => {
  test("a customer opening staff pages gets a 404, not staff data", async ({ page }) => {
    await signInAsCustomer(page, users.customer);
    await expect(page).toHaveURL(/\/orders$/);
    for (const path of ["/leads", "/customers", "/dashboard"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main navigation" })).toHaveCount(0);
    }
  });

  test("each customer sees only their own orders", async ({ browser }) => {
    const numbersFor = async (email: string) => {
      const page = await browser.newPage();
      await signInAsCustomer(page, email);
      await expect(page).toHaveURL(/\/orders$/);
      // The URL changes before the list is drawn: wait for it before reading every number.
      await expect(page.getByTestId("order-number").first()).toBeVisible();
      const numbers = await page.getByTestId("order-number").allInnerTexts();
      await page.close();
      return numbers;
    };
    const mine = await numbersFor(users.customer);
    const theirs = await numbersFor(users.customer2);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    expect(mine.filter((n) => theirs.includes(n))).toEqual([]);
  });
});

test("the health check names the database and its migration state", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(["pglite", "postgres"]).toContain(body.database.kind);
  expect(body.database.migrations.pending).toEqual([]);
  expect(body.database.migrations.applied).toBeGreaterThan(0);
});
