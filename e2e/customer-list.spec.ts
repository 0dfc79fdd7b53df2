import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag, uniquePhone } from "./fixtures/customers";

// The customer list as staff use it: search (by phone as people type it), filters in the URL,
// saved segments, and the manager-only CSV export. Every test makes its own customers under a
// unique tag; other specs add customers in parallel, so tests only count their own.

const rows = (page: Page) => page.getByTestId("customer-row").filter({ visible: true });

async function openList(page: Page, email: string, path = "/customers") {
  await signInAsStaff(page, email);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  await page.locator("[data-hydrated]").waitFor();
}

test("search finds a customer by phone number typed with spaces, and the row opens the customer", async ({
  page,
  request,
}) => {
  const phone = uniquePhone();
  const name = `Telefon Finnes ${tag()}`;
  const customer = await createCustomer(request, { name, phone, ownerEmail: users.sales });
  await openList(page, users.sales);

  // "+47 412 34 567" → typed as "412 34 567"
  const local = phone.slice(3);
  await page
    .getByRole("searchbox", { name: "Search" })
    .fill(`${local.slice(0, 3)} ${local.slice(3, 5)} ${local.slice(5)}`);
  await expect(page).toHaveURL(/q=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(name);
  await rows(page).first().getByRole("link", { name }).click();
  await expect(page).toHaveURL(`/customers/${customer.id}`);
});

test("filters live in the URL, survive a reload and show as chips; a sales rep sees only the team's customers", async ({
  page,
  request,
}) => {
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

test("a saved segment reopens with its filters", async ({ page, request }) => {
  const t = tag();
  await createCustomer(request, { name: `Segment Gull ${t}`, tier: "GOLD", ownerEmail: users.sales });
  await createCustomer(request, { name: `Segment Basis ${t}`, tier: "BASIC", ownerEmail: users.sales });
  await openList(page, users.sales, `/customers?q=${t}&tier=GOLD`);
  await expect(rows(page)).toHaveCount(1);

  await page.getByRole("button", { name: "Segments" }).click();
  await page.getByRole("menuitem", { name: "Save these filters as a segment…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as segment" });
  await dialog.getByRole("button", { name: "Save segment" }).click();
  await expect(dialog.getByText("Give the segment a name.")).toBeVisible();
  await dialog.getByLabel("Name").fill(`Gull ${t}`);
  await dialog.getByLabel("Share with my team").check();
  await dialog.getByRole("button", { name: "Save segment" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/segment=/);
  await expect(page.getByTestId("segment-banner")).toContainText(`Segment: Gull ${t}`);

  await page.goto("/customers");
  await page.locator("[data-hydrated]").waitFor();
  await expect(page.getByTestId("segment-banner")).toHaveCount(0);
  await page.getByRole("button", { name: "Segments" }).click();
  await page.getByRole("menuitem", { name: `Gull ${t}` }).click();
  await expect(page.getByTestId("segment-banner")).toContainText(`Segment: Gull ${t}`);
  await expect(page).toHaveURL(new RegExp(`q=${t}.*tier=GOLD`));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Segment Gull ${t}`);
  await expect(page.getByRole("button", { name: "Gold" })).toHaveAttribute("aria-pressed", "true");
});

test("a manager exports the filtered customers as CSV, formulas neutralised", async ({ page, request }) => {
  const t = tag();
  await createCustomer(request, {
    name: `Eksport Gull ${t}`,
    tier: "GOLD",
    city: "Tromsø",
    ownerEmail: users.sales,
    email: `${t}@example.no`,
  });
  await createCustomer(request, { name: `=1+2 ${t}`, tier: "GOLD", city: "Tromsø", ownerEmail: users.sales2 });
  await createCustomer(request, { name: `Eksport Basis ${t}`, tier: "BASIC", city: "Tromsø", ownerEmail: users.sales });
  await openList(page, users.manager, `/customers?q=${t}&tier=GOLD`);
  await expect(rows(page)).toHaveCount(2);

  // The menu offers plain CSV first to an English reader, and opens from the keyboard.
  await page.getByRole("button", { name: "Export CSV" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem").first()).toContainText("Plain CSV (comma)");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /Plain CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(false);
  const lines = text.trim().split("\n");
  expect(lines[0]).toBe(
    "Reise id,Name,Email,Phone,City,Owner,Team,Journey stage,Email marketing consent,SMS consent,External id,Notes,Loyalty tier,Loyalty points,Last activity,Has open lead",
  );
  expect(lines.slice(1)).toHaveLength(2);
  expect(lines.slice(1)).toEqual(
    expect.arrayContaining([
      expect.stringContaining(`,'=1+2 ${t},,,Tromsø,${users.sales2},`),
      expect.stringContaining(`,Eksport Gull ${t},${t}@example.no,,Tromsø,${users.sales},`),
    ]),
  );

  // For Nordic Excel: semicolons, a BOM and CRLF.
  await page.getByRole("button", { name: "Export CSV" }).click();
  const [excel] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /For Excel/ }).click(),
  ]);
  const excelText = fs.readFileSync((await excel.path())!, "utf8");
  expect(excelText.startsWith("\uFEFFReise id;Name;Email;")).toBe(true);
  expect(excelText.trim().split("\r\n")).toHaveLength(3);
  expect(excelText).toContain(`;Eksport Gull ${t};${t}@example.no;;Tromsø;${users.sales};`);
});

test("a sales rep has no export, not even by a direct request", async ({ page }) => {
  await openList(page, users.sales);
  await expect(page.getByRole("button", { name: "Export CSV" })).toHaveCount(0);
  const response = await page.request.get("/api/customers/export");
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain(",");
});
