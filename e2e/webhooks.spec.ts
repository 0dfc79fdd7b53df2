import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startFakeReceiver, type FakeReceiver } from "../test/webhooks/fake-receiver";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A manager connects a dealer system: adds a webhook endpoint (a receiver on 127.0.0.1 that
// verifies every request with the standardwebhooks library, as an integrator's would), moves a
// lead's stage in the app, and the receiver gets that event, signed with the secret the page
// showed; the delivery log shows it delivered with the receiver's status code. Then the endpoint
// is deleted, after a confirmation.

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
  ).toEqual([]);
}

let receiver: FakeReceiver;
test.beforeAll(async () => {
  receiver = await startFakeReceiver();
});
test.afterAll(async () => receiver?.close());

test("a manager adds a webhook, a stage move reaches the receiver signed, and the log shows it", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const lead = await createLead(request, { ownerEmail: users.sales, stage: "CONTACTED" });
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks", exact: true })).toBeVisible();

  // A refused save keeps what was typed: no event ticked yet.
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "URL" }).fill(receiver.url);
  await dialog.getByRole("textbox", { name: "Description" }).fill("DMS e2e");
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(dialog.getByText("Tick at least one event.", { exact: true })).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "URL" })).toHaveValue(receiver.url);
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole("checkbox", { name: /Lead stage changed/ }).check();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(dialog.getByRole("status")).toContainText("Endpoint added.");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const row = page.getByTestId("webhook-endpoint").filter({ hasText: receiver.url });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("On", { exact: true })).toBeVisible();
  const secret = await row.getByRole("textbox", { name: "Signing secret" }).inputValue();
  expect(secret).toMatch(/^whsec_/);
  receiver.setSecret(secret);
  await expectFitsDesktopAndPhone(page);

  // The change, made in the app as a person makes it.
  await page.goto(`/leads/${lead.leadId}`);
  const form = page.getByTestId("follow-up-form");
  await form.getByRole("combobox", { name: "Type", exact: true }).selectOption("CALL");
  await form.getByRole("combobox", { name: "Outcome", exact: true }).selectOption("REACHED");
  await form.getByRole("combobox", { name: "Stage", exact: true }).selectOption("QUALIFIED");
  await form.getByRole("button", { name: "Log follow-up" }).click();
  await expect(form.getByRole("status")).toHaveText("Follow-up saved.");

  // Other specs share the server: find this lead's event among whatever else arrives.
  const ours = () => receiver.received.filter((r) => r.body.includes(lead.leadId));
  await expect.poll(() => ours().length, { timeout: 15_000 }).toBe(1);
  const [got] = ours();
  expect(got.error).toBeNull();
  expect(got.payload).toMatchObject({
    type: "lead.stage_changed",
    data: {
      lead: { id: lead.leadId, customerId: lead.customerId, stage: "QUALIFIED" },
      from: "CONTACTED",
      to: "QUALIFIED",
    },
  });
  for (const personal of [lead.customerName, lead.customerEmail, lead.customerPhone])
    expect(got.body).not.toContain(personal);

  await page.goto("/settings/webhooks");
  await row.getByRole("link", { name: "Delivery log" }).click();
  const log = page.getByTestId("webhook-log");
  const delivered = log.locator('[data-testid="webhook-delivery"][data-state="DELIVERED"]');
  await expect(delivered.first()).toBeVisible();
  await expect(delivered.first()).toContainText("lead.stage_changed");
  await expect(delivered.first()).toContainText("204");
  await expectNoSeriousAxeViolations(page);
  await expectFitsDesktopAndPhone(page);

  // Replay sends the same event again, with the same webhook-id.
  await delivered
    .first()
    .getByRole("button", { name: /^Replay Lead stage changed/ })
    .click();
  await expect(log.getByText("Sent again as a new delivery.")).toBeVisible();
  await expect.poll(() => ours().length, { timeout: 15_000 }).toBe(2);
  expect(ours()[1].headers["webhook-id"]).toBe(got.headers["webhook-id"]);
  expect(ours()[1].error).toBeNull();

  // Deleting asks first, then the endpoint and its log are gone.
  await page.goto("/settings/webhooks");
  await row.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete the webhook to ${new URL(receiver.url).host}?`);
  await confirm.getByRole("button", { name: "Delete webhook" }).click();
  await expect(row).toHaveCount(0);
});

test("a sales rep gets a 404 for the webhooks page", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  const response = await page.goto("/settings/webhooks");
  expect(response?.status()).toBe(404);
});
