import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { BASE_URL } from "./fixtures/env";

// The REST API journey: a manager makes a key that may only read customers, the key finds a
// customer through the API and is refused a write; the reference page is public.

const tag = () => crypto.randomUUID().slice(0, 8);

test.setTimeout(60_000);

test("a manager's read-only key reads a customer and may not write; the reference is public", async ({
  page,
  request,
}) => {
  const t = tag();
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(`DMS ${t}`);
  // Touchpoints: write starts ticked (what keys did before scopes); this key only reads customers.
  await expect(dialog.getByRole("checkbox", { name: "Touchpoints: write" })).toBeChecked();
  await dialog.getByRole("checkbox", { name: "Touchpoints: write" }).uncheck();
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByText("Choose at least one thing this key may do.")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue(`DMS ${t}`);
  await dialog.getByRole("checkbox", { name: "Customers: read" }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  const secret = await dialog.getByLabel("Your new API key").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(
    page
      .getByTestId("api-key-row")
      .filter({ hasText: `DMS ${t}` })
      .getByTestId("api-key-scopes"),
  ).toHaveText("May: Customers: read");

  const auth = { Authorization: `Bearer ${secret}` };
  const list = await request.get("/api/v1/customers?limit=1", { headers: auth });
  expect(list.status()).toBe(200);
  const [first] = (await list.json()).data;
  const one = await request.get(`/api/v1/customers/${first.id}`, { headers: auth });
  expect(one.status()).toBe(200);
  expect(await one.json()).toMatchObject({ id: first.id, name: first.name });

  const write = await request.post("/api/v1/customers", { headers: auth, data: { name: `Ny ${t}` } });
  expect(write.status()).toBe(403);
  expect(write.headers()["content-type"]).toBe("application/problem+json");

  const doc = await request.get("/api/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");
  const anonymous = await page.context().browser()!.newPage();
  await anonymous.goto(`${BASE_URL}/docs/api`);
  await expect(anonymous.getByRole("heading", { name: "Reise REST API" })).toBeVisible();
  await expect(anonymous.locator("#op-listCustomers")).toContainText("/api/v1/customers");
  await anonymous.close();
});
