import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { tag, uniquePhone } from "./fixtures/customers";

// Importing customers from CSV, as a manager does it: a file with one bad row is refused whole, with
// the row named, and imports once fixed. Bad files (columns, encoding, size) get a clear message.
// Sales reps have no import, not even by a direct request.

// Several uploads and list checks per test, on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const csv = (text: string) => ({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function openImport(page: Page) {
  await signInAsStaff(page, users.manager);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers/import");
  await expect(page.getByRole("heading", { name: "Import customers", level: 1 })).toBeVisible();
}

/** Searches the list for the tag and expects exactly n rows, waiting for the list to be shown. */
async function expectCustomersTagged(page: Page, t: string, n: number) {
  await page.goto(`/customers?q=${t}`);
  const rows = page.getByTestId("customer-row").filter({ visible: true });
  if (n === 0) await expect(page.getByText("No customers match these filters")).toBeVisible();
  await expect(rows).toHaveCount(n);
}

test("a file with one bad row imports nothing and names the row; the fixed file imports", async ({ page }) => {
  const t = tag();
  const phone = uniquePhone();
  const good = `name,email,phone,city\nImport Ok ${t},ok-${t}@example.no,${phone},Oslo\n<script>alert(1)</script> ${t},,,Bergen\n`;
  await openImport(page);

  await page.getByLabel("CSV file").setInputFiles(csv(`${good}Import Feil ${t},not-an-email,,Oslo\n`));
  await expect(page.getByText("1 problem to fix")).toBeVisible();
  await expect(page.getByTestId("import-errors")).toContainText("Line 4 · Email: This is not an email address.");
  await expect(page.getByRole("button", { name: /^Import \d+ customers?$/ })).toHaveCount(0);
  // The server checks again: sent anyway, the file is refused whole.
  const direct = await page.request.post("/api/customers/import", {
    data: `${good}Import Feil ${t},not-an-email,,Oslo\n`,
    headers: { "content-type": "text/csv" },
  });
  expect(direct.status()).toBe(422);
  expect(await direct.json()).toMatchObject({
    ok: false,
    reason: "rows",
    errorCount: 1,
    errors: [{ row: 4, field: "email", code: "emailInvalid" }],
  });
  await expectCustomersTagged(page, t, 0);

  await page.goto("/customers/import");
  await page.getByLabel("CSV file").setInputFiles(csv(good));
  await expect(page.getByRole("heading", { name: "First 2 of 2 rows" })).toBeVisible();
  await expect(page.getByRole("cell", { name: `<script>alert(1)</script> ${t}` })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 customers" }).click();
  await expect(page.getByText("Imported 2 customers")).toBeVisible();
  await expectCustomersTagged(page, t, 2);
  await expect(page.getByText(`<script>alert(1)</script> ${t}`).first()).toBeVisible();

  // The same file again: every row is now a duplicate of an existing customer, and nothing is added.
  await page.goto("/customers/import");
  await page.getByLabel("CSV file").setInputFiles(csv(good));
  await page.getByRole("button", { name: "Import 2 customers" }).click();
  await expect(page.getByTestId("import-errors")).toContainText(
    "Line 2 · Email: A customer with this email or phone already exists.",
  );
  await expectCustomersTagged(page, t, 2);
});

test("wrong columns, a Latin-1 file and a file over the limit are refused with a clear message", async ({ page }) => {
  await openImport(page);
  const input = page.getByLabel("CSV file");
  await input.setInputFiles(csv("fullname;mail\nKari;k@example.no\n"));
  await expect(page.getByText("The columns do not match")).toBeVisible();
  await expect(page.getByText("Missing: name")).toBeVisible();
  await expect(page.getByText("Not recognised: fullname, mail")).toBeVisible();

  await input.setInputFiles({
    name: "latin1.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name\nBj\xf8rn S\xe6ther\n", "latin1"),
  });
  await expect(page.getByText("The file is not UTF-8")).toBeVisible();

  await input.setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, "a") });
  await expect(page.getByText("The file is too large")).toBeVisible();
  const direct = await page.request.post("/api/customers/import", {
    data: Buffer.alloc(5 * 1024 * 1024 + 1, "a"),
    headers: { "content-type": "text/csv" },
  });
  expect(direct.status()).toBe(413);
});

test("a sales rep cannot import, not even by a direct request", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers");
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
  const pageResponse = await page.goto("/customers/import");
  expect(pageResponse?.status()).toBe(404);
  const direct = await page.request.post("/api/customers/import", {
    data: "name\nSneaky\n",
    headers: { "content-type": "text/csv" },
  });
  expect(direct.status()).toBe(404);
  await expectCustomersTagged(page, "Sneaky", 0);
});
