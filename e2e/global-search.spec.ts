import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag, uniquePhone } from "./fixtures/customers";

// The top bar's search as a rep uses it: Ctrl+K, type, arrows, Enter. Each test searches for a
// customer of its own (a unique tag or phone), or reads an order number off the results first, so
// specs adding data in parallel change nothing here.

async function openSearch(page: Page, email: string) {
  await signInAsStaff(page, email);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  // A list page says when it is hydrated, and with it the top bar's shortcut keys.
  await page.goto("/customers");
  await page.locator("[data-hydrated]").first().waitFor();
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search customers, leads and orders" });
  await expect(box).toBeFocused();
  return box;
}

const selected = (page: Page) => page.locator('[role="option"][aria-selected="true"]');

test("Ctrl+K finds Müller by 'muller' and by '0047 …', and Enter opens the customer", async ({ page, request }) => {
  const t = tag();
  const phone = uniquePhone();
  const name = `Jürgen Müller ${t}`;
  const customer = await createCustomer(request, { name, phone, ownerEmail: users.sales });
  const box = await openSearch(page, users.sales);

  await box.fill(`muller ${t}`);
  const customers = page.getByRole("group", { name: "Customers" });
  await expect(customers.getByRole("option")).toHaveCount(1);
  await expect(customers.getByRole("option")).toContainText(name);

  const national = phone.slice(3);
  await box.fill(`0047 ${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5)}`);
  await expect(customers.getByRole("option")).toHaveCount(1);
  await expect(customers.getByRole("option")).toContainText(name);
  await expect(selected(page)).toContainText(name);
  await box.press("Enter");
  await expect(page).toHaveURL(`/customers/${customer.id}`);
});

test("an order number typed without its prefix finds the order, opened with the arrow keys", async ({ page }) => {
  const box = await openSearch(page, users.manager);
  await box.fill("NB-1000");
  const orders = page.getByRole("group", { name: "Orders" }).getByRole("option");
  await expect(orders.first()).toBeVisible();
  const number = (await orders.first().locator("span.font-medium").first().innerText()).trim();
  expect(number).toMatch(/^NB-\d+$/);

  await box.fill(number.replace("NB-", ""));
  const option = page.getByRole("option").filter({ hasText: number });
  await expect(option).toHaveCount(1);
  // Down the list by keyboard until the order is the active option (the customer behind it is
  // listed first); a re-render while the results settle may put the active option back at the top.
  await expect(async () => {
    if (!(await selected(page).innerText()).includes(number)) await box.press("ArrowDown");
    await expect(selected(page)).toContainText(number, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await box.press("Enter");
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]+\/orders\/[0-9a-f-]+$/);
  await expect(page.getByText(number).first()).toBeVisible();
});

test("'/' opens the search outside a field, Escape closes it, and a rep never sees another team's customer", async ({
  page,
  request,
}) => {
  const t = tag();
  await createCustomer(request, { name: `Annet team ${t}`, ownerEmail: users.sales2 });
  await signInAsStaff(page, users.sales);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  // A list page says when it is hydrated, and with it the top bar's shortcut keys.
  await page.goto("/customers");
  await page.locator("[data-hydrated]").first().waitFor();
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Search customers, leads and orders" });
  await expect(box).toBeFocused();
  await box.fill(t);
  await expect(page.getByText(`Nothing found for “${t}”.`)).toBeVisible();
  await box.press("Escape");
  await expect(box).toBeHidden();
  await expect(page.locator("header").getByRole("button", { name: /^Search/ })).toBeFocused();
});

test("on a phone the search button opens the search as a sheet, loaded on the tap, and its close button shuts it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsStaff(page, users.sales);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers");
  await page.locator("[data-hydrated]").first().waitFor();
  const button = page.getByRole("button", { name: "Search", exact: true });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  const box = page.getByRole("combobox", { name: "Search customers, leads and orders" });
  await expect(box).toBeFocused();
  const sheet = page.getByRole("dialog");
  // The whole screen, once its opening animation (a slight zoom) has run.
  await expect.poll(async () => (await sheet.boundingBox())?.width).toBe(390);
  await page.getByRole("button", { name: "Close search" }).click();
  await expect(box).toBeHidden();
  await expect(button).toBeFocused();
});
