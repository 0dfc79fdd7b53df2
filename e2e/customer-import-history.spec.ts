import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createCustomerImport } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A manager finds an import in the history (who, when, the file, its counts) and undoes it: the
// confirmation says what will happen, the undo runs in the background while the page shows its
// progress, and the result says what became of the customers. The customer someone called since
// the import stays; the others go; the changed city goes back. A sales rep cannot open the page.

test.describe("customer import history", () => {
  test("a manager undoes an import from the history", async ({ page, request }) => {
    test.setTimeout(90_000);
    const fixture = await createCustomerImport(request, { ownerEmail: users.manager, created: 3 });

    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/customers/import/history");
    await expect(page.getByRole("heading", { name: "Import history", level: 1 })).toBeVisible();
    const row = page.getByTestId(`import-row-${fixture.importId}`);
    await expect(row).toContainText(fixture.fileName);
    await expect(row).toContainText("3 created · 1 updated · 1 skipped");
    await expect(row.getByText("Imported", { exact: true })).toBeVisible();
    await expectFitsDesktopAndPhone(page);

    await row.getByRole("button", { name: `Undo the import of ${fixture.fileName}` }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(
      "Removes the 3 customers this import created, unless someone has worked on them since, and puts back the 1 customer it changed.",
    );
    // Focus starts on "Keep it": Enter alone never undoes an import.
    await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
    await dialog.getByRole("button", { name: "Undo import" }).click();
    await expect(dialog).toBeHidden();

    // The job runs in the background; the page reads itself again until it is done.
    await expect(row.getByText("Undone", { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(row.getByTestId("undo-result")).toContainText(
      "2 customers removed · 1 kept: worked on since · 1 put back",
    );
    await expect(row.getByRole("button", { name: /^Undo/ })).toHaveCount(0);

    expect((await page.goto(`/customers/${fixture.removed[0]}`))?.status()).toBe(404);
    await page.goto(`/customers/${fixture.kept}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Imported 0");
    await page.goto(`/customers/${fixture.updated}`);
    await expect(page.locator("main")).toContainText("Oslo");
    await expect(page.locator("main")).not.toContainText("Bergen");
  });

  test("a sales rep gets a 404 for the history", async ({ page }) => {
    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads$/);
    expect((await page.goto("/customers/import/history"))?.status()).toBe(404);
  });
});
