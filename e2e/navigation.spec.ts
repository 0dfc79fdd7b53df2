import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { holdRequests } from "./fixtures/hold";

// The fast pages have no route-level skeleton (a first load shows their rows sooner without one),
// so a tap on an in-app link is acknowledged by a thin bar at the top until the next page is shown.

test("a tap on another section shows progress until that page is there, then the bar goes", async ({ page }) => {
  // Every request for the customer list (the nav's prefetch and the tap's fetch) waits for the test.
  const release = await holdRequests(page, "/customers");
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.waitForLoadState("load");
  const progress = page.getByTestId("navigation-progress");
  await expect(progress).toHaveAttribute("data-ready", "true"); // hydrated and listening
  await expect(progress).not.toHaveAttribute("data-pending");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expect(progress).toHaveAttribute("data-pending", "true");
  // Still the list the rep was on, and nothing of it is hidden while the next page loads.
  await expect(page.getByRole("heading", { name: "Leads", level: 1 })).toBeVisible();

  release();
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  await expect(progress).not.toHaveAttribute("data-pending");

  // A link to where the rep already is starts nothing.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expect(progress).not.toHaveAttribute("data-pending");
});

test("the bar also shows when the page the rep leaves has filters with commas in its address", async ({ page }) => {
  const release = await holdRequests(page, "/agenda");
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto("/leads?stage=NEW,CONTACTED");
  await page.waitForLoadState("load");
  const progress = page.getByTestId("navigation-progress");
  await expect(progress).toHaveAttribute("data-ready", "true"); // hydrated and listening
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My day" }).click();
  await expect(progress).toHaveAttribute("data-pending", "true");
  release();
  await expect(page).toHaveURL(/\/agenda$/);
  await expect(progress).not.toHaveAttribute("data-pending");
});
