import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";
import { tag } from "./fixtures/customers";

// The customer page: a manager reads the whole relationship and can export or
// erase it; a sales rep can do neither, whatever they post; out of scope is a 404.

// Each test walks through several pages, some in two browsers: more than the default on a busy machine.
test.describe.configure({ timeout: 60_000 });

async function signIn(page: Page, email: string) {
  await signInAsStaff(page, email);
  // The landing page renders the dashboard or the lead list first: slow when the machine is busy.
  await expect(page).toHaveURL(/\/(dashboard|leads)/, { timeout: 30_000 });
}

test("a manager opens a customer from a lead page and reads journey, timeline and loyalty", async ({
  page,
  request,
}) => {
  const { leadId, customerId, customerName } = await createLead(request, {
    ownerEmail: users.sales,
    customerName: `Kunde ${tag()} Berg`,
  });
  await signIn(page, users.manager);
  await page.goto(`/leads/${leadId}`);
  await page.getByRole("link", { name: "Customer page" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}$`));
  await expect(page.getByRole("heading", { level: 1, name: customerName })).toBeVisible();
  await expect(page.getByTestId("customer-phone")).toHaveText(/^\+47 90\d \d{2} \d{3}$/);

  // The fixture's one chat message sits at the research stage, where the customer is.
  const map = page.getByTestId("journey-map");
  await expect(map.locator('[data-stage="RESEARCH"]')).toHaveAttribute("aria-current", "step");
  await expect(map.locator('[data-stage="RESEARCH"]')).toContainText("1 touchpoint");
  await expect(map.locator('[data-stage="NEED"]')).toContainText("no touchpoints");

  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  await expect(page.getByTestId("timeline-entry").first()).toContainText("Before purchase");
  await expect(page.getByRole("region", { name: "Legend" })).toBeVisible();

  const loyalty = page.getByTestId("loyalty-card");
  await expect(loyalty).toContainText("Basic");
  await expect(page.getByTestId("loyalty-balance")).toHaveText("0");
  await loyalty.getByText("How points work").click();
  await expect(loyalty).toContainText("Gold from 20,000 points");
  await expect(page.getByRole("link", { name: /Elektrisk SUV/ })).toHaveAttribute("href", `/leads/${leadId}`);
});

test("a manager sees orders, points and consent, and filters the timeline by phase", async ({ page, request }) => {
  const { customerId } = await createLead(request, { ownerEmail: users.sales, withPurchase: true });
  await signIn(page, users.manager);
  await page.goto(`/customers/${customerId}`);
  const orders = page.getByTestId("customer-orders");
  await expect(orders.getByRole("link", { name: "Elektrisk SUV, 7 seter" })).toHaveAttribute(
    "href",
    new RegExp(`/customers/${customerId}/orders/`),
  );
  await expect(orders.getByTestId("order-milestone")).toHaveText("In production");
  await expect(page.getByTestId("loyalty-balance")).toHaveText("500");
  await expect(page.getByTestId("points-history")).toContainText("+500");
  await expect(page.getByTestId("consent-badges").first()).toContainText("Marketing email: Given");
  await expect(page.getByTestId("consent-history")).toContainText("Given via In store");

  await expect(page.getByTestId("timeline-entry")).toHaveCount(2);
  await page.getByTestId("journey-map").locator('[data-phase="DURING"]').click();
  await expect(page).toHaveURL(/phase=DURING/);
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  await expect(page.getByTestId("timeline-entry")).toContainText("During purchase");
});

test("a manager erases a customer: name and email are gone from the customer page, the lead list and the lead page", async ({
  page,
  request,
}) => {
  const t = tag();
  const name = `Slett ${t} Hansen`;
  const { leadId, customerId } = await createLead(request, {
    ownerEmail: users.sales,
    customerName: name,
    withPurchase: true,
  });
  await signIn(page, users.manager);
  await page.goto(`/customers/${customerId}`);
  const email = (await page.getByTestId("customer-email").innerText()).trim();
  expect(email).toMatch(/@eksempel\.no$/);
  // The lead list's search finds the customer by a word of the name, and by email.
  await page.goto(`/leads?q=${t}`);
  await expect(page.getByText(name).first()).toBeVisible();
  await page.goto(`/leads?q=${encodeURIComponent(email)}`);
  await expect(page.getByText(name).first()).toBeVisible();

  await page.goto(`/customers/${customerId}`);
  await page.getByRole("button", { name: "Erase customer…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`Erase ${name}?`);
  const confirm = dialog.getByRole("button", { name: "Erase for good" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the customer's name to confirm").fill("Someone Else");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the customer's name to confirm").fill(name);
  await confirm.click();
  await expect(page.getByRole("heading", { level: 1, name: "Erased customer" })).toBeVisible();
  await expect(page.getByTestId("erased-notice")).toBeVisible();
  // The order and its total stay, without the person.
  await expect(page.getByTestId("customer-orders").getByTestId("order-milestone")).toHaveText("In production");

  const gone = async (path: string) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text, path).not.toContain(name);
    expect(text, path).not.toContain(email);
  };
  await gone(`/customers/${customerId}`);
  await gone(`/leads/${leadId}`);
  await gone(`/leads?q=${t}`);
  await expect(page.getByRole("heading", { name: "No leads match these filters" })).toBeVisible();
  await page.goto(`/leads?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { name: "No leads match these filters" })).toBeVisible();
  await page.goto(`/leads/${leadId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Erased customer" })).toBeVisible();
});

test("a sales rep can neither erase nor export, even by direct POST and GET", async ({ browser, request }) => {
  const name = `Beskyttet ${tag()}`;
  const { customerId } = await createLead(request, { ownerEmail: users.sales, customerName: name });
  const sales = await browser.newContext();
  const salesPage = await sales.newPage();
  await signIn(salesPage, users.sales);
  await salesPage.goto(`/customers/${customerId}`);
  await expect(salesPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(salesPage.getByRole("button", { name: "Erase customer…" })).toHaveCount(0);
  await expect(salesPage.getByTestId("export-link")).toHaveCount(0);
  expect((await salesPage.request.get(`/api/customers/${customerId}/export`)).status()).toBe(404);

  // The erase form as a manager renders it, submitted with the sales rep's session: the server refuses.
  const manager = await browser.newContext();
  const page = await manager.newPage();
  await signIn(page, users.manager);
  const exported = await page.request.get(`/api/customers/${customerId}/export`);
  expect(exported.status()).toBe(200);
  expect((await exported.json()).profile.name).toBe(name);
  await page.goto(`/customers/${customerId}`);
  await page.getByRole("button", { name: "Erase customer…" }).click();
  await page.getByLabel("Type the customer's name to confirm").fill(name);
  await manager.clearCookies();
  await manager.addCookies(await sales.cookies());
  await page.getByRole("button", { name: "Erase for good" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Only managers can erase a customer.");
  await salesPage.reload();
  await expect(salesPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await sales.close();
  await manager.close();
});

test("a sales rep opening a customer outside their scope gets a 404", async ({ page, request }) => {
  // Owned by the other team's rep, with no lead the rep may claim.
  const { customerId } = await createLead(request, { ownerEmail: users.sales2, customerName: `Annet Team ${tag()}` });
  await signIn(page, users.sales);
  const response = await page.goto(`/customers/${customerId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Customer not found" })).toBeVisible();
  const missing = await page.goto(`/customers/${crypto.randomUUID()}`);
  expect(missing?.status()).toBe(404);
});
