import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag, uniquePhone } from "./fixtures/customers";

// The customer list as staff use it: search (by phone as people type it), filters in the URL,
// saved segments, and the manager-only CSV export. Every test makes its own customers under a
// unique tag; other specs add customers in parallel, so tests only count their own.

const rows = (page: Page) => page.getByTestId("customer-row").filter({ visible: true });

async function openList(page: Page, email: string, path = "/customers") {
  await signInAsStaff(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("search finds a customer by phone number typed with spaces, and the row opens the customer", async ({ page, request }) => {
  const phone = uniquePhone();
  const name = `Telefon Finnes ${tag()}`;
  const customer = await createCustomer(request, { name, phone, ownerEmail: users.sales });
  await openList(page, users.sales);

  // "+47 412 34 567" → typed as "412 34 567"
  const local = phone.slice(3);
  await page.getByRole("searchbox", { name: "Search" }).fill(`${local.slice(0, 3)} ${local.slice(3, 5)} ${local.slice(5)}`);
  await expect(page).toHaveURL(/q=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(name);
  await rows(page).first().getByText(name).click();
  await expect(page).toHaveURL(`/customers/${customer.id}`);
});

test("filters live in the URL, survive a reload and show as chips; a sales rep sees only the team's customers", async ({ page, request }) => {
  const t = tag();
  await createCustomer(request, { name: `Gull ${t}`, tier: "GOLD", city: "Bergen", ownerEmail: users.sales });
  await createCustomer(request, { name: `Basis ${t}`, tier: "BASIC", city: "Bergen", ownerEmail: users.sales });
  await createCustomer(request, { name: `Annet team ${t}`, tier: "GOLD", city: "Bergen", ownerEmail: users.sales2 });
  await openList(page, users.sales, `/customers?q=${t}`);
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole("button", { name: "Gold" }).click();
  await expect(page).toHaveURL(/tier=GOLD/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Gull ${t}`);
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole("link", { name: "Remove filter: Gold" }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByText(`Annet team ${t}`)).toHaveCount(0);
});
