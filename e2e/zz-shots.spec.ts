import { test, expect } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";

test.describe.configure({ timeout: 240_000 });

const sheet = Buffer.from(
  [
    "Navn;E-post;Telefon;Poststed;Eier;Kundereisefase;Samtykke e-postmarkedsføring",
    "Åse Ødegård;ase.shot@example.no;912 34 568;Bodø;sales@reise.test;Undersøker;Ja",
    "Bjørn Sæther;bjorn.shot@example.no;;Ålesund;Ukjent Selger;;Nei",
    ";uten-navn@example.no;;Oslo;;;",
    "Ærlige Øystein;oystein.shot@example.no;+45 20 12 34 57;København;;Kjøp;",
    "Kari Nordmann;kari.shot@example.no;abc;Oslo;;Ukjent fase;kanskje",
  ].join("\r\n") + "\r\n",
  "latin1",
);

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`import shots ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await signInAsStaff(page, users.manager);
    await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
    await page.goto("/customers/import");
    await page.screenshot({ path: `/tmp/shots/import-empty-${w}.png`, fullPage: true });
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "kunder.csv", mimeType: "text/csv", buffer: sheet });
    await expect(page.getByText("Recognised as")).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/import-mapping-${w}.png`, fullPage: true });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("Nothing has been imported yet.")).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/shots/import-review-${w}.png`, fullPage: true });
    await page.getByRole("button", { name: /^Import \d+ rows?$/ }).click();
    await expect(page.getByText(/customers? imported/)).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/shots/import-done-${w}.png`, fullPage: true });
    await page.goto("/customers/import");
    await page.screenshot({ path: `/tmp/shots/import-history-${w}.png`, fullPage: true });
  });
}
