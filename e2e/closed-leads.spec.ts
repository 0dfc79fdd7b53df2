import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";

// A deal ends and comes back: a rep loses a lead through the follow-up form, finds it under
// Leads → Closed with its reason, a manager reopens it from the lead page (a rep cannot), and it is
// back in the open list. The lead is the test's own, found by its unique name (never by page).

async function openAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, email);
  // Reps land on the lead list, managers on the dashboard (the first dashboard of a fresh server
  // takes a while on a busy machine).
  await expect(page).toHaveURL(/\/(leads|dashboard)$/, { timeout: 30_000 });
  return page;
}

test("lose a lead, find it under Closed, reopen it as a manager, see it open again", async ({ browser, request }) => {
  // Two people's whole journey, each signing in: longer than one page's test.
  test.setTimeout(60_000);
  const tag = crypto.randomUUID().slice(0, 8);
  const reason = `Bought elsewhere ${tag}`;
  const lead = await createLead(request, {
    ownerEmail: users.sales,
    stage: "QUALIFIED",
    customerName: `Closed E2E ${tag}`,
    interest: `Kjøkken ${tag}`,
  });

  // The rep loses it with the follow-up form's LOST stage.
  const rep = await openAs(browser, users.sales);
  await rep.goto(`/leads/${lead.leadId}`);
  const form = rep.getByTestId("follow-up-form");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("CALL");
  await form.getByRole("combobox", { name: "Outcome", exact: true }).selectOption("NOT_INTERESTED");
  await form.getByRole("combobox", { name: "Stage", exact: true }).selectOption("LOST");
  // A reason from the managers' list, and the rep's own words as details.
  await form.getByRole("combobox", { name: "Reason", exact: true }).selectOption({ label: "Chose another dealer" });
  await form.getByRole("textbox", { name: "Details (optional)" }).fill(reason);
  await form.getByRole("button", { name: "Log follow-up" }).click();
  await expect(form.getByRole("status")).toHaveText("Follow-up saved.");
  const notice = rep.getByTestId("lead-closed");
  await expect(notice).toContainText("Lost on");
  await expect(rep.getByTestId("lead-closed-reason")).toHaveText(`Chose another dealer — ${reason}`);
  // Reps cannot reopen.
  await expect(rep.getByTestId("reopen-lead")).toHaveCount(0);

  // Gone from the open list, found under Closed by its customer's name, with outcome and reason.
  await rep.goto(`/leads?q=${encodeURIComponent(lead.customerName)}`);
  await expect(rep.getByTestId("lead-row")).toHaveCount(0);
  await rep.getByRole("navigation", { name: "Lists" }).getByRole("link", { name: "Closed" }).click();
  await expect(rep).toHaveURL(/\/leads\/closed$/);
  const search = rep.getByRole("searchbox", { name: "Search" });
  await search.fill(lead.customerName);
  await search.press("Enter");
  await expect(rep).toHaveURL(/q=Closed/);
  const row = rep.getByTestId("closed-lead-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(lead.customerName);
  await expect(row.getByTestId("closed-outcome")).toHaveText("Lost");
  await expect(row).toContainText(reason);
  // Row by keyboard: focus it and press Enter to open the lead. The list was just rendered by the
  // search form's GET: an Enter before the row's handler is hydrated does nothing, so press again.
  await expect(async () => {
    if (!new RegExp(`/leads/${lead.leadId}$`).test(rep.url())) {
      await row.focus({ timeout: 2_000 });
      await rep.keyboard.press("Enter");
    }
    await expect(rep).toHaveURL(new RegExp(`/leads/${lead.leadId}$`), { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(rep.getByTestId("lead-closed")).toBeVisible();

  // The manager reopens it; the stage it was lost from is offered first.
  const manager = await openAs(browser, users.manager);
  await manager.goto(`/leads/closed?outcome=LOST&q=${encodeURIComponent(lead.customerName)}`);
  await manager.getByTestId("closed-lead-row").click();
  await expect(manager).toHaveURL(new RegExp(`/leads/${lead.leadId}$`));
  await manager.getByTestId("reopen-lead").click();
  const dialog = manager.getByRole("dialog", { name: "Reopen this lead?" });
  await expect(dialog.getByRole("combobox", { name: "Back to stage" })).toHaveValue("QUALIFIED");
  await dialog.getByRole("button", { name: "Reopen", exact: true }).click();
  await expect(manager).toHaveURL(new RegExp(`/leads/${lead.leadId}\\?reopened=1$`));
  await expect(manager.getByRole("status").filter({ hasText: "Lead reopened" })).toContainText("Qualified");
  await expect(manager.getByTestId("lead-closed")).toHaveCount(0);
  await expect(manager.getByTestId("lead-stage")).toHaveText("Qualified");

  // Back in the open list, and no longer under Closed.
  await manager.goto(`/leads?q=${encodeURIComponent(lead.customerName)}`);
  await expect(manager.getByTestId("lead-row")).toHaveCount(1);
  await manager.goto(`/leads/closed?q=${encodeURIComponent(lead.customerName)}`);
  await expect(manager.getByText("No closed leads match")).toBeVisible();

  // The reopening is in the audit log.
  await manager.goto("/settings/audit?action=lead.reopened&entityType=Lead");
  const entry = manager.getByTestId("audit-row").filter({ hasText: reason });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Lead reopened");
  await expect(entry).toContainText("Lost → Qualified");
});

test("the customer page lists the customer's closed leads with outcome and reason", async ({ page, request }) => {
  const tag = crypto.randomUUID().slice(0, 8);
  const lead = await createLead(request, { ownerEmail: users.sales, customerName: `Closed Customer ${tag}` });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const form = page.getByTestId("follow-up-form");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("CALL");
  await form.getByRole("combobox", { name: "Outcome", exact: true }).selectOption("NOT_INTERESTED");
  await form.getByRole("combobox", { name: "Stage", exact: true }).selectOption("LOST");
  await form.getByRole("combobox", { name: "Reason", exact: true }).selectOption({ label: "Other" });
  await form.getByRole("textbox", { name: "Details (optional)" }).fill(`Too far away ${tag}`);
  await form.getByRole("button", { name: "Log follow-up" }).click();
  await expect(form.getByRole("status")).toHaveText("Follow-up saved.");

  await page.goto(`/customers/${lead.customerId}`);
  const closed = page.getByTestId("customer-closed-lead");
  await expect(closed).toHaveCount(1);
  await expect(closed).toContainText("Lost");
  await expect(closed).toContainText(`Too far away ${tag}`);
  await closed.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/leads/${lead.leadId}$`));
});
