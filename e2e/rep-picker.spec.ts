import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff, users } from "./fixtures/auth";
import { tag } from "./fixtures/customers";
import { createLead, createStaffUser } from "./fixtures/data";

// A manager of a dealer group picks one of some 200 salespeople by typing part of the name: on the
// lead list's owner filter (by keyboard), and on "My day" (by pointer). The page does not list them.

test.describe.configure({ timeout: 90_000 });

async function open(page: Page, path: string, heading: string) {
  await signInAsStaff(page, users.manager);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
}

test("a manager filters the lead list to one rep by typing the name, and clears it again", async ({
  page,
  request,
}) => {
  const t = tag();
  const rep = await createStaffUser(request, { role: "SALES", password: DEMO_PASSWORD });
  await createLead(request, { customerName: `Picker ${t} A`, ownerEmail: rep.email });
  await createLead(request, { customerName: `Picker ${t} B`, ownerEmail: null });
  await open(page, `/leads?q=${t}`, "Leads");
  await page.locator("[data-hydrated]").waitFor();
  const rows = page.getByTestId("lead-row").filter({ visible: true });
  await expect(rows).toHaveCount(2);
  const filters = page.getByRole("button", { name: /Filters/ });
  if (await filters.isVisible()) await filters.click();
  // The owner filter does not list the group's reps: one is found by name.
  await expect(page.getByLabel("Owner").locator("option")).toHaveText(["Everyone", "Unassigned", "One salesperson…"]);
  await page.getByLabel("Owner").selectOption({ label: "One salesperson…" });
  const field = page.getByRole("combobox", { name: "Salesperson" });
  await expect(field).toBeFocused();
  await field.pressSequentially(rep.name.split(" ").at(-1)!);
  const options = page.getByTestId("rep-filter").getByRole("option");
  await expect(options).toHaveText([new RegExp(rep.name)]);
  await field.press("ArrowDown");
  await field.press("Enter");

  await expect(page).toHaveURL(new RegExp(`rep=${rep.userId}`));
  await expect(rows).toHaveCount(1);
  await expect(field).toHaveValue(rep.name);
  await expect(rows.first()).toContainText(`Picker ${t} A`);
  await expect(page.getByRole("link", { name: `Remove filter: Owner: ${rep.name}` })).toBeVisible();

  // A reload keeps the pick, by name.
  await page.reload();
  await page.locator("[data-hydrated]").waitFor();
  if (await filters.isVisible()) await filters.click();
  await expect(page.getByRole("combobox", { name: "Salesperson" })).toHaveValue(rep.name);

  // A name no one has says so; Escape puts the field back.
  await page.getByRole("combobox", { name: "Salesperson" }).fill(`Nobody ${t}`);
  await expect(page.getByText(`No active salesperson named “Nobody ${t}”.`)).toBeVisible();
  await page.getByRole("combobox", { name: "Salesperson" }).press("Escape");
  await expect(page.getByRole("combobox", { name: "Salesperson" })).toHaveValue(rep.name);

  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page).not.toHaveURL(/rep=/);
  await expect(rows).toHaveCount(2);
});

test("a manager opens a rep's day by picking the rep from the search", async ({ page, request }) => {
  const rep = await createStaffUser(request, { role: "SALES", password: DEMO_PASSWORD });
  await open(page, "/agenda", "My day");
  await page.locator('[data-testid="agenda-rep"][data-ready]').waitFor();
  const field = page.getByRole("combobox", { name: "Whose day" });
  await field.click();
  await field.fill(rep.name);
  await page.getByRole("option").filter({ hasText: rep.name }).click();
  await expect(field).toHaveValue(rep.name);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/agenda\\?rep=${rep.userId}`));
  await expect(page.getByText(rep.name).first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Whose day" })).toHaveValue(rep.name);
});

test("a manager hands a lead to a rep found by name; without a pick the form says what is missing", async ({
  page,
  request,
}) => {
  const t = tag();
  const rep = await createStaffUser(request, { role: "SALES", password: DEMO_PASSWORD });
  const lead = await createLead(request, { customerName: `Handover ${t}`, ownerEmail: null });
  await open(page, `/leads/${lead.leadId}`, `Handover ${t}`);
  const form = page.getByTestId("reassign-rep");
  await form.and(page.locator("[data-ready]")).waitFor();
  await page.getByRole("button", { name: "Hand over" }).click();
  await expect(page.getByText("Choose who takes the lead.")).toBeVisible();

  const field = page.getByRole("combobox", { name: "Hand to" });
  await field.fill(rep.name);
  await form.getByRole("option").filter({ hasText: rep.name }).click();
  await expect(field).toHaveValue(rep.name);
  await page.getByRole("button", { name: "Hand over" }).click();
  await expect(page.getByText("Handed over.")).toBeVisible();
  await expect(page.getByText(rep.name).first()).toBeVisible();
  // The field starts empty again for the next hand-over.
  await expect(field).toHaveValue("");
});
