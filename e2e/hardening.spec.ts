import crypto from "node:crypto";
import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO_PASSWORD, signInAsCustomer, signInAsStaff, users } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";

// What an attacker sends: markup in names and notes, oversized and malformed
// bodies, a customer posting to staff endpoints. Each is answered calmly, as
// text, with no stack trace and nothing written.

const XSS = "<img src=x onerror=alert(1)>";
// A stack frame, a file of ours or a library's, the database client, SQL.
const LEAKS = /\bat \S+ \(\S+:\d+:\d+\)|node_modules\/|\/work\/|PrismaClient|Invalid `prisma|SELECT\s+\S+\s+FROM\s+"/;

/**
 * Dialogs that fire, dismissed. The CSP alone would block an inline onerror, so
 * the tests also look for the injected element itself: it must not exist.
 */
function failOnDialog(page: Page) {
  const fired: string[] = [];
  page.on("dialog", async (dialog) => {
    fired.push(dialog.message());
    await dialog.dismiss();
  });
  return fired;
}

test("markup in a customer's name and a follow-up note renders as text on the list, the lead page and the dashboard", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000); // a sign-in and five pages on a busy machine
  const fired = failOnDialog(page);
  // A rep of the test's own: the demo reps' numbers are counted by tests running beside this one.
  const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
  const lead = await createLead(request, {
    ownerEmail: rep.email,
    customerName: `${XSS} ${crypto.randomUUID().slice(0, 6)}`,
    interest: XSS,
    waitingMinutes: 1,
  });
  await signInAsStaff(page, rep.email);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads?q=${encodeURIComponent(lead.customerName)}`);
  await expect(page.getByText(lead.customerName).first()).toBeVisible();

  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByRole("heading", { level: 1, name: lead.customerName })).toBeVisible();
  const form = page.getByTestId("follow-up-form");
  await form.getByRole("combobox", { name: "Outcome", exact: true }).selectOption("REACHED");
  await form.getByRole("textbox", { name: "Note", exact: true }).fill(`${XSS} <script>alert(2)</script>`);
  await form.getByRole("button", { name: "Log follow-up" }).click();
  await expect(form.getByRole("status")).toHaveText("Follow-up saved.");
  await page.reload();
  await expect(page.getByText(`${XSS} <script>alert(2)</script>`).first()).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/leads?q=${encodeURIComponent(XSS)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(fired).toEqual([]);
});

test("the ingest API answers oversized and malformed bodies with JSON, never a 500", async ({ request }) => {
  const headers = { "content-type": "application/json", authorization: "Bearer rk_live_not-a-real-key" };
  // Without a valid key the API says so first and reads nothing.
  const noKey = await request.post("/api/touchpoints", { headers, data: "x".repeat(2_000_000) });
  expect(noKey.status()).toBe(401);
  expect((await noKey.json()).error.code).toBe("unauthorized");
  for (const data of ["{not json", "\u0000\u0001", "[]"]) {
    const response = await request.post("/api/touchpoints", { headers, data });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toMatch(LEAKS);
  }
});

test("oversized and malformed server-action posts get a calm answer with no stack trace", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  const post = (headers: Record<string, string>, data: string) =>
    page.request.post("/leads", { headers, data, maxRedirects: 0 });
  const big = await post(
    { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    "x".repeat(3 * 1024 * 1024),
  );
  const malformed = await post(
    { "next-action": "not-an-action", "content-type": "multipart/form-data; boundary=nope" },
    "--broken",
  );
  for (const response of [big, malformed]) {
    expect(response.status(), await response.text()).not.toBe(500);
    expect(await response.text()).not.toMatch(LEAKS);
  }
  // Pages that do not exist, or ids that are not ids: the calm 404, nothing technical.
  for (const path of [
    "/leads/not-a-uuid",
    `/leads/${crypto.randomUUID()}`,
    "/no-such-page",
    "/settings/audit?cursor=%00%27",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
  }
});

test("a customer replaying a staff action or calling a staff API is refused and nothing is written", async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000); // two sign-ins, one of them by email link
  const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
  const lead = await createLead(request, { ownerEmail: rep.email, waitingMinutes: 120 });
  const sales = await (await browser.newContext()).newPage();
  await signInAsStaff(sales, rep.email);
  await expect(sales).toHaveURL(/\/leads$/);
  await sales.goto(`/leads/${lead.leadId}`);
  const captured = new Promise<Request>((resolve) =>
    sales.on("request", (r) => r.method() === "POST" && r.headers()["next-action"] && resolve(r)),
  );
  const form = sales.getByTestId("follow-up-form");
  await form.getByRole("combobox", { name: "Outcome", exact: true }).selectOption("REACHED");
  await form.getByRole("button", { name: "Log follow-up" }).click();
  const action = await captured;
  await expect(form.getByRole("status")).toHaveText("Follow-up saved.");
  const headers = await action.allHeaders();
  for (const h of ["cookie", "content-length", "host"]) delete headers[h];
  const body = action.postDataBuffer()?.toString("utf8") ?? "";
  const key = /name="(?:_?\d+_)?idempotencyKey"\r\n\r\n([0-9a-f-]{36})/.exec(body)?.[1];
  expect(key).toBeTruthy();

  const customer = await (await browser.newContext()).newPage();
  await signInAsCustomer(customer, users.customer);
  await expect(customer).toHaveURL(/\/orders$/);
  const replay = await customer.request.post(action.url(), {
    headers,
    data: body.replace(key!, crypto.randomUUID()),
    maxRedirects: 0,
  });
  // The answer is the not-found page (a customer does not learn staff actions exist); checked below that nothing was
  // written.
  expect(replay.status()).toBeLessThan(500);
  expect((await customer.request.get("/api/leads/changes?since=2020-01-01T00:00:00Z")).status()).toBe(401);
  expect((await customer.request.post("/api/touchpoints", { data: { kind: "CHAT_MESSAGE" } })).status()).toBe(401);

  await sales.reload();
  await expect(sales.locator('[data-testid="timeline-entry"][data-direction="OUTBOUND"]')).toHaveCount(1);
});
