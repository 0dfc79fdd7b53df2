import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { utcToLocalDateTime } from "../lib/validation/local-date-time";
import { signInAsCustomer, signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A sales rep answers a lead from its page: the call is logged, the response
// clock stops, and the journey shows it. Around that: the mistakes a person
// makes (no outcome, a past date, a double click, two tabs) and the requests
// an attacker makes (another rep's lead, no session at all).

const tomorrowAt = (time: string) =>
  `${utcToLocalDateTime(new Date(Date.now() + 86_400_000), "Europe/Oslo").slice(0, 10)}T${time}`;
const breachedLead = { ownerEmail: users.sales, waitingMinutes: 300, slaMinutes: 15 } as const;

async function openAs(browser: Browser, email: string, path?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, email);
  await expect(page).toHaveURL(/\/leads$/);
  if (path) await page.goto(path);
  return page;
}

function formOf(page: Page) {
  const form = page.getByTestId("follow-up-form");
  return {
    form,
    type: form.getByRole("combobox", { name: "Type", exact: true }),
    outcome: form.getByRole("combobox", { name: "Outcome", exact: true }),
    note: form.getByRole("textbox", { name: "Note", exact: true }),
    next: form.getByRole("textbox", { name: "Next follow-up", exact: true }),
    submit: form.getByRole("button", { name: "Log follow-up" }),
  };
}

const outbound = (page: Page) => page.locator('[data-testid="timeline-entry"][data-direction="OUTBOUND"]');

test("sales answers a breached lead: the call is logged, the clock stops, the timeline shows it", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByRole("heading", { level: 1, name: lead.customerName })).toBeVisible();
  const badge = page.getByTestId("sla-badge");
  await expect(badge).toHaveAttribute("data-state", "breached");
  await expect(badge).toHaveText(/^Waiting 5 h( \d+ min)? — 4 h 4\d min over$/);
  await expect(page.getByTestId("score-reasons")).toContainText("asked about delivery time");

  const f = formOf(page);
  await f.type.selectOption("CALL");
  await f.outcome.selectOption("REACHED");
  await f.note.fill("Vil ha levering før jul. Sender tilbud.");
  await f.next.fill(tomorrowAt("09:30"));
  await f.submit.click();

  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");
  await expect(f.form.getByTestId("follow-up-message")).toBeFocused();
  await expect(badge).toHaveAttribute("data-state", "answered");
  await expect(badge).toContainText("Answered");
  await expect(page.getByTestId("next-follow-up")).toContainText("09:30");
  const call = outbound(page);
  await expect(call).toHaveCount(1);
  await expect(call).toContainText("Call · Reached");
  await expect(call).toContainText("Vil ha levering før jul. Sender tilbud.");
  await expect(call).toContainText("Before purchase");
  await expect(call).toContainText("Brand");
  // The form is ready for the next one.
  await expect(f.note).toHaveValue("");

  // It is saved, not only shown: a fresh load says the same.
  await page.reload();
  await expect(page.getByTestId("sla-badge")).toHaveAttribute("data-state", "answered");
  await expect(outbound(page)).toHaveCount(1);
});

test("a call nobody answered is logged, and the page says the customer is still waiting", async ({ page, request }) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await expect(f.form).toContainText("nobody answered is logged, but the response clock keeps running");
  await f.outcome.selectOption("NO_ANSWER");
  await f.submit.click();
  await expect(f.form.getByRole("status")).toContainText("A call nobody answered is not an answer");
  await expect(outbound(page)).toHaveCount(1);
  await expect(page.getByTestId("sla-badge")).toHaveAttribute("data-state", "breached");
  await page.reload();
  await expect(page.getByTestId("sla-badge")).toHaveAttribute("data-state", "breached");
});

test("a planned follow-up stays when the next call is logged without touching the date", async ({ page, request }) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await f.outcome.selectOption("REACHED");
  await f.next.fill(tomorrowAt("09:30"));
  await f.submit.click();
  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");

  // The form shows what is planned and says it stays: an untouched date field keeps it.
  await expect(f.next).toHaveValue(tomorrowAt("09:30"));
  // …and says, as the field changes, what saving will do with it.
  const plan = f.form.getByTestId("next-follow-up-plan");
  await expect(plan).toHaveText(/^The next follow-up stays on \w{3}, .+ 09:30 unless you change or clear it\.$/);
  await f.next.fill(tomorrowAt("11:15"));
  await expect(plan).toHaveText(/^The next follow-up moves to \w{3}, .+ 11:15\.$/);
  await f.next.fill("");
  await expect(plan).toHaveText(/^No next follow-up will be planned: the one on .+ 09:30 is removed\.$/);
  await f.next.fill(tomorrowAt("09:30"));
  await f.type.selectOption("EMAIL");
  await f.outcome.selectOption("LEFT_MESSAGE");
  await f.submit.click();
  await expect(outbound(page)).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId("next-follow-up")).toContainText("09:30");
  await expect(outbound(page)).toHaveCount(2);

  // Clearing it is how a rep says there is no next step.
  await f.outcome.selectOption("NOT_INTERESTED");
  await f.next.fill("");
  await f.submit.click();
  await expect(outbound(page)).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId("next-follow-up")).toHaveText("Not planned");
  await expect(plan).toHaveText("No next follow-up will be planned.");
});

test("an empty outcome and a past date are shown next to the fields, and nothing is saved", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await f.note.fill("Ikke lagre dette");
  await f.next.fill("2020-01-06T10:00");
  await f.submit.click();

  await expect(f.form.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(f.outcome).toHaveAttribute("aria-invalid", "true");
  await expect(f.outcome).toHaveAccessibleDescription("Choose an outcome.");
  await expect(f.next).toHaveAttribute("aria-invalid", "true");
  await expect(f.next).toHaveAccessibleDescription(/Pick a time in the future\./);
  await expect(f.outcome).toBeFocused();
  await expect(f.note).toHaveValue("Ikke lagre dette");

  await page.reload();
  await expect(outbound(page)).toHaveCount(0);
  await expect(page.getByTestId("sla-badge")).toHaveAttribute("data-state", "breached");
});

test("a double click on submit logs one follow-up", async ({ page, request }) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await f.outcome.selectOption("NO_ANSWER");
  const actions: Request[] = [];
  page.on("request", (r) => r.method() === "POST" && r.headers()["next-action"] && actions.push(r));
  // Two clicks in one task: the second lands before React can disable the button.
  await f.submit.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(f.form.getByRole("status")).toContainText("Follow-up saved.");
  await expect.poll(() => actions.length).toBe(2);
  await page.reload();
  await expect(outbound(page)).toHaveCount(1);
});

test("another rep's replayed action is refused and their lead stays as it was", async ({ browser, request }) => {
  const [mine, theirs, control] = await Promise.all([
    createLead(request, breachedLead),
    createLead(request, breachedLead),
    createLead(request, breachedLead),
  ]);
  const sales = await openAs(browser, users.sales, `/leads/${mine.leadId}`);
  const captured = new Promise<Request>((resolve) =>
    sales.on("request", (r) => r.method() === "POST" && r.headers()["next-action"] && resolve(r)),
  );
  const f = formOf(sales);
  await f.outcome.selectOption("REACHED");
  await f.submit.click();
  const action = await captured;
  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");
  const headers = await action.allHeaders();
  for (const h of ["cookie", "content-length", "host"]) delete headers[h];
  // React sends the FormData as multipart, each field name prefixed with its argument's id ("_1_leadId").
  const body = action.postDataBuffer()?.toString("utf8") ?? "";
  const key = /name="(?:_?\d+_)?idempotencyKey"\r\n\r\n([0-9a-f-]{36})/.exec(body)?.[1];
  expect(key, body.slice(0, 500)).toBeTruthy();
  const replayFor = (leadId: string) => ({
    headers,
    data: body.replaceAll(mine.leadId, leadId).replace(key!, crypto.randomUUID()),
  });

  // Control: the same replay by the owner on another of their leads is accepted, so the replay itself is sound.
  const ok = await sales.request.post(action.url(), replayFor(control.leadId));
  expect(await ok.text()).toContain("Follow-up saved.");

  const sales2 = await openAs(browser, users.sales2);
  // Their lead reads exactly like one that does not exist: a 404 that names nobody.
  for (const id of [theirs.leadId, crypto.randomUUID(), "not-a-uuid"]) {
    expect((await sales2.goto(`/leads/${id}`))?.status(), id).toBe(404);
    await expect(sales2.getByRole("heading", { level: 1, name: "Lead not found" })).toBeVisible();
    await expect(sales2.getByText(theirs.customerName)).toHaveCount(0);
  }
  const refused = await sales2.request.post(action.url(), replayFor(theirs.leadId));
  const answer = await refused.text();
  expect(answer).toContain("This lead is not available to you");
  expect(answer).not.toContain("Follow-up saved.");

  // No session at all: sent to the login, nothing written.
  const anonymous = await (
    await browser.newContext()
  ).request.post(action.url(), { ...replayFor(theirs.leadId), maxRedirects: 0 });
  expect(await anonymous.text()).not.toContain("Follow-up saved.");

  await sales.goto(`/leads/${theirs.leadId}`);
  await expect(sales.getByTestId("sla-badge")).toHaveAttribute("data-state", "breached");
  await expect(outbound(sales)).toHaveCount(0);
  await expect(sales.getByTestId("lead-owner")).not.toHaveText("Unassigned");
  await sales.goto(`/leads/${control.leadId}`);
  await expect(outbound(sales)).toHaveCount(1);
});

test("a customer opening a lead's address gets the same 404 as for a lead that does not exist", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, breachedLead);
  await signInAsCustomer(page, users.customer);
  await expect(page).toHaveURL(/\/orders$/);
  for (const path of [`/leads/${lead.leadId}`, `/leads/${crypto.randomUUID()}`, "/leads/not-a-uuid"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByText(lead.customerName)).toHaveCount(0);
  }
});

test("two tabs on one lead: the second save is refused as a conflict and keeps its text", async ({
  browser,
  request,
}) => {
  const lead = await createLead(request, breachedLead);
  const first = await openAs(browser, users.sales, `/leads/${lead.leadId}`);
  const second = await first.context().newPage();
  await second.goto(`/leads/${lead.leadId}`);

  const a = formOf(first);
  await a.outcome.selectOption("REACHED");
  await a.submit.click();
  await expect(a.form.getByRole("status")).toHaveText("Follow-up saved.");

  const b = formOf(second);
  await b.outcome.selectOption("LEFT_MESSAGE");
  await b.note.fill("Skrevet i fane to");
  await b.submit.click();
  const conflict = b.form.getByRole("alert").filter({ hasText: "Changed by someone else — reload" });
  await expect(conflict).toBeVisible();
  await expect(b.note).toHaveValue("Skrevet i fane to");
  await expect(b.outcome).toHaveValue("LEFT_MESSAGE");

  // Reloading shows the other save and keeps what was typed; saving again then works.
  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(outbound(second)).toHaveCount(1);
  await expect(b.note).toHaveValue("Skrevet i fane to");
  await b.submit.click();
  await expect(b.form.getByRole("status")).toHaveText("Follow-up saved.");
  await expect(outbound(second)).toHaveCount(2);
});

test("the lead page passes axe, and fits a desktop and a phone", async ({ page, request }) => {
  const lead = await createLead(request, {
    ...breachedLead,
    customerName: "Ingrid Bakken",
    interest: "Elektrisk SUV med hengerfeste — levering før påske?",
  });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  const f = formOf(page);
  await f.outcome.selectOption("MEETING_BOOKED");
  await f.note.fill("Prøvekjøring lørdag kl. 11. Tar med innbyttebilen.");
  await f.next.fill(tomorrowAt("11:00"));
  await f.submit.click();
  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");
  await expect(page.getByTestId("timeline-entry")).toHaveCount(2);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
  ).toEqual([]);
  await expectFitsDesktopAndPhone(page);
});

test("a seeded lead with a long journey pages through it", async ({ page }) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/leads");
  // A row's link: the view tabs above the list link to /leads/closed too.
  const link = page.getByTestId("lead-row").first().locator('a[href^="/leads/"]');
  const href = await link.getAttribute("href");
  test.skip(!href, "the lead list shows no lead to open");
  await page.goto(href!.split("?")[0]);
  await expect(page.getByTestId("follow-up-form")).toBeVisible();
  // Filters live in the URL and narrow the journey.
  await page.getByRole("combobox", { name: "Channel" }).selectOption("EMAIL");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/channel=EMAIL/);
  await expect(page.locator('[data-testid="timeline-entry"]:not([data-channel="EMAIL"])')).toHaveCount(0);
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).not.toHaveURL(/channel=/);
  const older = page.getByRole("link", { name: "Older" });
  if (await older.count()) {
    const first = await page.getByTestId("timeline-entry").first().innerText();
    await older.click();
    await expect(page.getByRole("link", { name: "Back to newest" })).toBeVisible();
    await expect(page.getByTestId("timeline-entry").first()).not.toHaveText(first);
  }
});

test("a save that gets no answer keeps the typed note and says so; saving again works", async ({ page, request }) => {
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await f.type.selectOption("CALL");
  await f.outcome.selectOption("REACHED");
  const note = "Ringte fra bilen, dårlig dekning. Vil ha tilbud på hengerfeste.";
  await f.note.fill(note);

  // The connection drops as the rep saves: the server action's POST never gets through.
  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort() : route.fallback();
  await page.route(`**/leads/${lead.leadId}`, dropActions);
  await f.submit.click();
  await expect(page.getByTestId("follow-up-message")).toContainText("Could not reach Reise, so this was not saved.");
  await expect(page.getByRole("heading", { level: 1, name: lead.customerName })).toBeVisible();
  await expect(f.note).toHaveValue(note);
  await expect(f.outcome).toHaveValue("REACHED");

  await page.unroute(`**/leads/${lead.leadId}`, dropActions);
  await f.submit.click();
  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");
  await expect(outbound(page).first()).toContainText("hengerfeste");
});

test("a form from an older build keeps the typed note through the reload into the new one; saving again works", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000); // two loads of the lead page and two saves on a busy machine
  const lead = await createLead(request, breachedLead);
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/, { timeout: 30_000 });
  await page.goto(`/leads/${lead.leadId}`);
  const f = formOf(page);
  await f.type.selectOption("MEETING");
  await f.outcome.selectOption("REACHED");
  const note = "Kom innom etter prøvekjøring. Vil ha pris på vinterhjul før fredag.";
  await f.note.fill(note);
  await page.evaluate(() => ((window as unknown as { loadedBefore: boolean }).loadedBefore = true));

  // Reise was deployed since the page loaded: the new build does not know the action this page
  // posts to. One rewritten action id is what the next build answers (x-nextjs-action-not-found).
  let stale = 0;
  await page.route(`**/leads/${lead.leadId}`, (route) => {
    const headers = route.request().headers();
    if (route.request().method() !== "POST" || !headers["next-action"] || stale) return route.fallback();
    stale++;
    return route.fallback({ headers: { ...headers, "next-action": "00".padEnd(42, "0") } });
  });
  await f.submit.click();

  // The page reloads into the new build, and the form comes back as the rep left it.
  await expect
    .poll(
      () =>
        // Thrown while the page is between the two loads: not reloaded yet.
        page.evaluate(() => (window as unknown as { loadedBefore?: boolean }).loadedBefore ?? false).catch(() => true),
      { timeout: 30_000 },
    )
    .toBe(false);
  expect(stale).toBe(1);
  await expect(page.getByTestId("follow-up-message")).toHaveText(
    "Reise was updated — your text is kept, please submit again.",
    { timeout: 30_000 },
  );
  await expect(f.note).toHaveValue(note);
  await expect(f.type).toHaveValue("MEETING");
  await expect(f.outcome).toHaveValue("REACHED");
  await expect(outbound(page)).toHaveCount(0);

  await f.submit.click();
  await expect(f.form.getByRole("status")).toHaveText("Follow-up saved.");
  await expect(outbound(page)).toHaveCount(1);
  await expect(outbound(page).first()).toContainText(note);

  // Saved, so the draft is gone: the next load is a fresh form with nothing to say.
  await page.reload();
  await expect(outbound(page)).toHaveCount(1);
  await expect(f.note).toHaveValue("");
  await expect(page.getByTestId("follow-up-message")).toBeEmpty();
});

test("taking a lead while offline says so on its card and keeps the note typed beside it", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, { ...breachedLead, ownerEmail: null });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const note = "Skal ringe tilbake etter lunsj om finansiering.";
  await formOf(page).note.fill(note);

  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort() : route.fallback();
  await page.route(`**/leads/${lead.leadId}`, dropActions);
  await page.getByRole("button", { name: "Take this lead" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach Reise" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: lead.customerName })).toBeVisible();
  await expect(formOf(page).note).toHaveValue(note);

  await page.unroute(`**/leads/${lead.leadId}`, dropActions);
  await page.getByRole("button", { name: "Take this lead" }).click();
  await expect(page.getByText("The lead is yours now.")).toBeVisible();
});
