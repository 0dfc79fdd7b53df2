import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";
import { openStaffRow } from "./fixtures/staff-list";

// A manager who reads Norwegian opens the audit log and reads what happened in words: the people by
// name, a changed setting by its label with its values formatted, never an id or a field's code.
// Staff of the test's own; the response time it changes (EVENT) is put back, as sla-settings does.

const password = "revisjon-passord-123";

test("a manager reads a changed setting and a user's name in Norwegian", async ({ page, request }) => {
  test.setTimeout(120_000); // a sign-in, the users pages, two saves on a busy machine
  const manager = await createStaffUser(request, { role: "MANAGER", locale: "nb", password });
  const rep = await createStaffUser(request, { password });
  await signInAsStaff(page, manager.email, password);
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");

  // A role change names its target: the rep, by name.
  const row = await openStaffRow(page, rep.email);
  await row.getByRole("button", { name: `Gjør til leder: ${rep.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Gjør til leder" }).click();
  await expect(row.getByText("Leder", { exact: true })).toBeVisible();

  await page.goto("/settings/audit?action=user.role_changed");
  const roleEntry = page.getByTestId("audit-row").filter({ hasText: rep.name }).first();
  await expect(roleEntry).toContainText("Rolle endret");
  await expect(roleEntry).toContainText(`Bruker${rep.name}`);
  await expect(roleEntry).toContainText("Selger → Leder");
  await expect(roleEntry).toContainText(manager.name);
  await expect(roleEntry).not.toContainText(rep.userId.slice(0, 8));

  // A response-time change reads as the channel's promise, in hours and minutes.
  await page.goto("/settings/sla");
  const event = page.getByLabel("Arrangement, minutter");
  const original = await event.inputValue();
  const changed = original === "90" ? "95" : "90";
  try {
    await event.fill(changed);
    await page.getByRole("button", { name: "Lagre svartider" }).click();
    await expect(page.getByText("Lagret. Nye kjøpssignaler får disse svartidene.")).toBeVisible();

    await page.goto(`/settings/audit?action=setting.changed&actor=${manager.userId}`);
    const entry = page.getByTestId("audit-row").first();
    await expect(entry).toContainText("Innstilling endret");
    await expect(entry).toContainText("Svartider");
    await expect(entry).toContainText(manager.name);
    await expect(entry).toContainText("Lovet svartid › Arrangement:");
    await expect(entry).toContainText(changed === "90" ? "→ 1 t 30 min" : "→ 1 t 35 min");
    await expect(entry).not.toContainText("minutesByChannel");
    await expect(entry).not.toContainText("EVENT");
  } finally {
    await page.goto("/settings/sla");
    await page.getByLabel("Arrangement, minutter").fill(original);
    await page.getByRole("button", { name: "Lagre svartider" }).click();
    await expect(page.getByText("Lagret. Nye kjøpssignaler får disse svartidene.")).toBeVisible();
  }
});
