import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff, users } from "./fixtures/auth";
import { createCustomer, tag } from "./fixtures/customers";
import { createLead, createStaffUser } from "./fixtures/data";

// Bulk actions on the lists, as staff use them: pick rows (a click, then Shift-click for the range,
// or the page's box), run an action from the bar, read what happened in the toast, and undo it.
// Every test makes its own leads, customers, rep and segment under a unique tag and searches for
// them, so rows other specs add in parallel never land on its page.

// Two pages, fixtures and two round trips each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

async function open(page: Page, email: string, path: string, heading: string) {
  await signInAsStaff(page, email);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  // Hydrated: the checkboxes work only once the client code has run.
  await page.locator("[data-hydrated]").waitFor();
}

test("a manager assigns three leads to a rep, sees the toast, and undo puts them back", async ({ page, request }) => {
  const t = tag();
  const rep = await createStaffUser(request, { role: "SALES", password: DEMO_PASSWORD });
  for (const n of ["A", "B", "C"]) await createLead(request, { customerName: `Bulk ${t} ${n}`, ownerEmail: null });
  await open(page, users.manager, `/leads?q=${t}`, "Leads");
  const rows = visible(page, "lead-row");
  await expect(rows).toHaveCount(3);

  await rows.nth(0).getByRole("checkbox").click();
  await rows
    .nth(2)
    .getByRole("checkbox")
    .click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await expect(page).toHaveURL(new RegExp(`/leads\\?q=${t}`)); // a checkbox never opens the lead

  const assign = page.getByTestId("bulk-assign");
  // The rep is found by typing part of the name: a group's 200 reps are not listed in the page.
  await assign.getByLabel("Assign to").fill(rep.name.split(" ").at(-1)!);
  await assign.getByRole("option").filter({ hasText: rep.name }).click();
  await expect(assign.getByLabel("Assign to")).toHaveValue(rep.name);
  await assign.getByRole("button", { name: "Apply" }).click();
  const toast = page.getByTestId("bulk-toast");
  await expect(toast).toContainText(`3 leads assigned to ${rep.name}`);
  for (const i of [0, 1, 2]) await expect(rows.nth(i)).toContainText(rep.name);
  await expect(page.getByTestId("bulk-bar")).toHaveCount(0);

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toast).toContainText("Undone: 3 rows are back");
  await expect(rows).toHaveCount(3);
  for (const i of [0, 1, 2]) await expect(rows.nth(i)).not.toContainText(rep.name);
});

test("a rep adds customers to their own segment, the segment then lists them, and undo takes them out", async ({
  page,
  request,
  context,
}) => {
  const t = tag();
  for (const n of ["A", "B", "C"]) await createCustomer(request, { name: `Medlem ${t} ${n}`, ownerEmail: users.sales });
  // A segment whose filter matches none of them: they can only be in it as members.
  await open(page, users.sales, `/customers?q=ingen${t}`, "Customers");
  await page.getByRole("button", { name: "Segments" }).click();
  await page.getByRole("menuitem", { name: "Save these filters as a segment…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as segment" });
  await dialog.getByLabel("Name").fill(`Bulk ${t}`);
  await dialog.getByRole("button", { name: "Save segment" }).click();
  await expect(page).toHaveURL(/segment=/);
  const segmentUrl = page.url();

  await page.goto(`/customers?q=${t}`);
  await page.locator("[data-hydrated]").waitFor();
  const rows = visible(page, "customer-row");
  await expect(rows).toHaveCount(3);
  await page.getByTestId("select-page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  const add = page.getByTestId("bulk-segment");
  await add.getByLabel("Add to segment").selectOption({ label: `Bulk ${t}` });
  await add.getByRole("button", { name: "Apply" }).click();
  const toast = page.getByTestId("bulk-toast");
  await expect(toast).toContainText(`3 customers added to Bulk ${t}`);

  const segmentPage = await context.newPage();
  await segmentPage.goto(segmentUrl);
  await expect(segmentPage.getByTestId("segment-banner")).toContainText(`Bulk ${t}`);
  await expect(visible(segmentPage, "customer-row")).toHaveCount(3);

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toast).toContainText("Undone: 3 rows are back");
  await segmentPage.reload();
  await expect(segmentPage.getByTestId("segment-banner")).toContainText(`Bulk ${t}`);
  await expect(visible(segmentPage, "customer-row")).toHaveCount(0);
});
