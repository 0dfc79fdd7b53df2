import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";

// Waiting-room content is what customers read while their order is made: a manager adds an item,
// and deleting it asks first, naming the item; Cancel keeps it.

test("deleting waiting-room content asks first, and Cancel keeps it", async ({ page }) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/settings/content");
  const title = `Slik lades bilen ${crypto.randomUUID().slice(0, 6)}`;
  const add = page.getByTestId("content-new");
  await add.getByLabel("Title").fill(title);
  await add.getByLabel("Text").fill("Lad hjemme over natten med en vanlig hjemmelader.");
  await add.getByRole("button", { name: "Add item" }).click();
  const item = page.getByTestId("content-item").filter({ has: page.locator(`input[value="${title}"]`) });
  await expect(item).toHaveCount(1);

  await item.getByRole("button", { name: `Delete: ${title}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete “${title}”?` });
  await expect(confirm).toContainText("Customers waiting at this milestone will no longer see it.");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(item).toHaveCount(1);

  await item.getByRole("button", { name: `Delete: ${title}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(item).toHaveCount(0);
});
