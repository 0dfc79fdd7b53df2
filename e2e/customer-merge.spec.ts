import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag, uniquePhone } from "./fixtures/customers";
import { createLead } from "./fixtures/data";

// A manager merges a duplicate into the customer they are looking at, in the browser: finds it with
// the search, takes its e-mail, confirms the dialog that says what moves, and lands on the customer
// kept with the duplicate's lead and order. The duplicate's old link leads there too.

test("a manager merges a duplicate into a customer, choosing the e-mail to keep", async ({ page, request }) => {
  const t = tag();
  const kept = await createCustomer(request, {
    name: `Kari Beholdt ${t}`,
    email: `gammel-${t}@example.no`,
    phone: uniquePhone(),
    ownerEmail: users.sales,
  });
  const dup = await createLead(request, {
    customerName: `Kari Duplikat ${t}`,
    interest: `Elbil ${t}`,
    withPurchase: true,
  });

  await signInAsStaff(page, users.manager);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(`/customers/${kept.id}`);
  await page.getByRole("link", { name: "Merge with another customer…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Merge a duplicate into Kari Beholdt ${t}`);

  await page.getByRole("searchbox", { name: "Find the duplicate" }).fill(t);
  await page.keyboard.press("Enter");
  const results = page.getByRole("list", { name: "Customers that match" });
  await expect(results.getByRole("link")).toHaveCount(1);
  await results.getByRole("link", { name: `Compare: Kari Duplikat ${t}` }).click();

  const email = page.getByRole("group", { name: "Email" });
  await expect(email.getByRole("radio").first()).toBeChecked();
  await email.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Merge…" }).click();

  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`Merge Kari Duplikat ${t} into Kari Beholdt ${t}?`);
  await expect(dialog).toContainText("1 lead");
  await expect(dialog).toContainText("1 order");
  await expect(dialog).toContainText("This cannot be undone.");
  await dialog.getByRole("button", { name: "Merge for good" }).click();

  await expect(page).toHaveURL(`/customers/${kept.id}`);
  await expect(page.getByTestId("customer-name")).toHaveText(`Kari Beholdt ${t}`);
  await expect(page.getByTestId("customer-email")).toHaveText(dup.customerEmail);
  await expect(page.getByText(`Elbil ${t}`).first()).toBeVisible();

  // The duplicate's page is gone; its link leads to the customer kept.
  await page.goto(`/customers/${dup.customerId}`);
  await expect(page).toHaveURL(`/customers/${kept.id}`);
});

test("a sales rep has no merge, not even by the page's address", async ({ page, request }) => {
  const t = tag();
  const own = await createCustomer(request, { name: `Egen ${t}`, ownerEmail: users.sales });
  await signInAsStaff(page, users.sales);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(`/customers/${own.id}`);
  await expect(page.getByTestId("customer-name")).toHaveText(`Egen ${t}`);
  await expect(page.getByRole("link", { name: "Merge with another customer…" })).toHaveCount(0);
  const response = await page.goto(`/customers/${own.id}/merge`);
  expect(response?.status()).toBe(404);
});
