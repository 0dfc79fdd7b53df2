import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createKey } from "./fixtures/api-keys";
import { signInAsStaff, users } from "./fixtures/auth";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// The abandoned-cart rule fires once, after its delay. A manager switches the shipped rule on, a
// web shop reports a cart left by a customer who consents to marketing e-mail, and the reminder
// goes out once, four hours later. The server's clock is pinned but runs at the real pace, so the
// four hours are injected: /api/e2e/jobs (test builds only) runs the jobs of the named kinds that
// are due as of N minutes from the server's now, with the app's own runner. Nothing else is faked:
// the ingest API, the rule's job, queueMessage and the mail delivery are the real ones.

const KINDS = ["automation.run", "message.deliver"];
const SUBJECT = "Du har noe i handlekurven";

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now (as e2e/accessibility.spec.ts). */
async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

async function runJobsAfter(request: APIRequestContext, afterMinutes: number): Promise<number> {
  const response = await request.post("/api/e2e/jobs", { data: { afterMinutes, kinds: KINDS } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).ran;
}

test("the abandoned-cart rule fires once after its delay, with an injected clock", async ({ page, request }) => {
  test.setTimeout(90_000);
  const t = crypto.randomUUID().slice(0, 8);
  const email = `handlekurv-${t}@eksempel.no`;
  const name = `Handlekurv Kunde ${t}`;
  const fixture = await request.post("/api/e2e/customers", {
    data: { name, email, marketing: true, ownerEmail: users.sales },
  });
  expect(fixture.status(), await fixture.text()).toBe(201);

  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/leads|\/dashboard|\/settings/);
  const secret = await createKey(page, `Web shop ${t}`);
  const sections = page.getByRole("navigation", { name: "Settings sections" });
  await sections.getByRole("link", { name: "Messages and content" }).click();
  await expect(page).toHaveURL(/\/settings\/alerts$/);
  await sections.getByRole("link", { name: "Automations" }).click();
  await expect(page).toHaveURL(/\/settings\/automations$/);
  const rule = page.getByTestId("automation-rule").filter({ hasText: "Abandoned-cart reminder" });
  await expect(rule).toContainText("When a signal comes in: Abandoned cart");
  await expect(rule).toContainText("then waits 240 minutes");
  const toggle = rule.getByRole("switch", { name: "Abandoned-cart reminder switched on" });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(rule.getByText("Switched on.")).toBeVisible();
  await expect(toggle).toBeChecked();
  await expectFitsDesktopAndPhone(page);

  try {
    const since = Date.now();
    const signal = await request.post("/api/touchpoints", {
      headers: { Authorization: `Bearer ${secret}` },
      data: { customer: { email }, channel: "WEB", kind: "CART_ABANDONED", externalId: `cart-${t}` },
    });
    expect(signal.status(), await signal.text()).toBe(201);
    // Nurtured, not pushed on sales: no lead, no response clock.
    expect(await signal.json()).toMatchObject({ leadId: null, created: { customer: false, lead: false } });

    // A minute before the delay is up: nothing.
    await runJobsAfter(request, 239);
    expect(await findMails(email, since, (m) => m.subject === SUBJECT, 1_000)).toHaveLength(0);

    // Just after it: the reminder, once.
    expect(await runJobsAfter(request, 241)).toBeGreaterThanOrEqual(2);
    const mails = await findMails(email, since, (m) => m.subject === SUBJECT);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`Hei Handlekurv,`);

    // Later runs and the same signal sent again change nothing.
    const again = await request.post("/api/touchpoints", {
      headers: { Authorization: `Bearer ${secret}` },
      data: { customer: { email }, channel: "WEB", kind: "CART_ABANDONED", externalId: `cart-${t}` },
    });
    expect(again.status(), "a duplicate is answered 200, not recorded again").toBe(200);
    await runJobsAfter(request, 600);
    expect(await findMails(email, since, (m) => m.subject === SUBJECT, 1_000)).toHaveLength(1);

    await page.reload();
    const run = page.getByTestId("automation-run").filter({ hasText: name });
    await expect(run).toHaveCount(1);
    await expect(run).toContainText("Abandoned-cart reminder");
    await expect(run).toContainText("Done");
  } finally {
    // Off again, as shipped: other specs' signals must not start it.
    const rule = page.getByTestId("automation-rule").filter({ hasText: "Abandoned-cart reminder" });
    const toggle = rule.getByRole("switch", { name: "Abandoned-cart reminder switched on" });
    if (await toggle.isChecked()) {
      await toggle.click();
      await expect(rule.getByText("Switched off.")).toBeVisible();
    }
  }
});

test("a manager makes a rule in the editor: a wrong number is refused, what was typed stays", async ({ page }) => {
  const t = crypto.randomUUID().slice(0, 8);
  const name = `Idle kitchen leads ${t}`;
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/leads|\/dashboard|\/settings/);
  await page.goto("/settings/automations");
  await page.getByRole("link", { name: "New rule" }).click();
  await expect(page).toHaveURL(/\/settings\/automations\/new$/);
  const form = page.getByRole("form", { name: "New rule" });
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form
    .getByRole("combobox", { name: "Trigger", exact: true })
    .selectOption({ label: "When a lead has been idle" });
  await form.getByRole("spinbutton", { name: "Days", exact: true }).fill("0");
  await form.getByRole("combobox", { name: "Action 1" }).selectOption({ label: "Plan a follow-up for the owner" });
  await form.getByRole("spinbutton", { name: "Follow-up in (days)" }).fill("2");
  await form.getByRole("button", { name: "Save rule" }).click();

  await expect(form.getByText("Check the marked fields.")).toBeVisible();
  await expect(form.getByRole("spinbutton", { name: "Days", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue(name);
  await expect(form.getByRole("spinbutton", { name: "Follow-up in (days)" })).toHaveValue("2");

  await form.getByRole("spinbutton", { name: "Days", exact: true }).fill("7");
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(form.getByText("Saved. New rules start switched off.")).toBeVisible();
  await expectFitsDesktopAndPhone(page);
  await expectNoSeriousViolations(page);

  await page.goto("/settings/automations");
  const rule = page.getByTestId("automation-rule").filter({ hasText: name });
  await expect(rule).toContainText("When a lead has been idle: 7 days");
  await expect(rule.getByRole("switch", { name: `${name} switched on` })).not.toBeChecked();
  await expectNoSeriousViolations(page);
});
