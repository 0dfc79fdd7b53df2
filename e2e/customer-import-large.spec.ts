import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { tag } from "./fixtures/customers";

// 100,000 customers from one file, in a real browser: the check and the import run in the
// background with progress over the whole file, the page can be left and opened again, and every
// row arrives once.

test.describe.configure({ timeout: 600_000 });

const ROWS = 100_000;

test("a 100,000-row file imports in the background with progress, and the page can be left meanwhile", async ({
  page,
}) => {
  const t = tag();
  const lines = ["Navn;E-post;Telefon;Poststed"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`Stor Kunde ${i} ${t};stor${i}-${t}@example.no;4${String(i).padStart(7, "0")};Oslo`);
  }
  const buffer = Buffer.from(lines.join("\r\n") + "\r\n", "utf8");

  await signInAsStaff(page, users.manager);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto("/customers/import");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "stor.csv", mimeType: "text/csv", buffer });
  await expect(page.getByText("Recognised as Norwegian/Danish sheet")).toBeVisible();
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Import of stor.csv" })).toBeVisible({ timeout: 60_000 });
  const importUrl = page.url();

  await expect(page.getByText("New customers", { exact: true })).toBeVisible({ timeout: 180_000 });
  await expect(page.getByRole("button", { name: "Import 100,000 rows" })).toBeVisible();
  await page.getByRole("button", { name: "Import 100,000 rows" }).click();

  // Progress over the whole import: a bar that moves before the end.
  // The embedded database serves the page between the import's batches: slower, never stuck.
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow").catch(() => "100")), { timeout: 120_000 })
    .toBeGreaterThan(0);
  // Leave, and come back to it.
  await page.goto("/customers");
  await page.goto(importUrl);
  // A generated phone number may be one a demo customer has: that row updates them instead.
  await expect(page.getByText(/customers imported/)).toBeVisible({ timeout: 400_000 });
  const summary = await page
    .getByText(/created, .* updated, 0 skipped or already as in the file, 0 left out with problems\./)
    .textContent();
  const [created, updated] = summary!.match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, "")));
  expect(created + updated).toBe(ROWS);
  // Done: the page offers undo.
  await expect(page.getByRole("button", { name: "Undo the import of stor.csv" })).toBeVisible();
  await page.goto(`/customers?q=Stor Kunde 99999 ${t}`);
  await expect(page.getByTestId("customer-row").filter({ visible: true })).toHaveCount(1);
});
