import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// Web forms (issue 17): a manager builds a form for a team in Settings; a visitor with no account
// opens its public address, sends it like a person (slower than the minimum fill time) and sees
// the thank-you text; the lead is in the team's rep's list; the ticked marketing consent waits for
// the mailed link, which confirms it once.

const MIN_FILL_MS = 3_000;

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
  ).toEqual([]);
}

test("a manager's web form brings a visitor's message to the team's rep, and the consent waits for the e-mailed link", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const tag = crypto.randomUUID().slice(0, 8);
  const team = `Skjemateam ${tag}`;
  const password = `skjema-${tag}-passord`;
  const rep = await createStaffUser(request, { role: "SALES", password, roundTheClockTeam: team });
  const formName = `Test drive ${tag}`;
  const thanks = `Thank you, we call you tomorrow (${tag}).`;

  // The manager builds the form.
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/settings/web-forms");
  await page.getByRole("link", { name: "New web form" }).click();
  const editor = page.locator("form");
  await editor.getByLabel("Form name").fill(formName);
  await editor.getByLabel("Language of the form").selectOption("en");
  await editor.getByLabel("Team that gets its leads").selectOption({ label: team });
  await editor.getByLabel("Offer “Marketing e-mail”").check();
  await editor.getByLabel("Thank-you text").fill(thanks);
  // The live preview follows: the offered consent is there, unticked.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("checkbox", { name: "Yes, send me offers and news by e-mail." })).not.toBeChecked();
  await expect(preview.getByText(thanks)).toBeVisible();
  await editor.getByRole("button", { name: "Create form" }).click();
  await expect(page.getByRole("heading", { name: `Edit “${formName}”` })).toBeVisible();
  const publicUrl = await page.getByLabel("Public address").inputValue();
  expect(publicUrl).toMatch(/\/f\/test-drive-[0-9a-f]{8}-[0-9a-f]{8}$/);
  await expect(page.getByLabel("Embed code")).toHaveValue(new RegExp(`<iframe src="${publicUrl}/embed"`));
  await expectFitsDesktopAndPhone(page);
  await expectNoSeriousAxeViolations(page);

  // Only the embed page may be framed, by any site; every other page stays unframeable.
  const embed = await request.get(`${publicUrl}/embed`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const own = await request.get(publicUrl);
  expect(own.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(own.headers()["x-frame-options"]).toBe("DENY");

  // A visitor, no account, from an address of their own.
  const visitor = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `10.${tag.charCodeAt(0)}.${tag.charCodeAt(1)}.${tag.charCodeAt(2)}` },
  });
  const form = await visitor.newPage();
  const violations: string[] = [];
  form.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await form.goto(publicUrl);
  await expect(form.getByRole("heading", { name: formName })).toBeVisible();
  const loadedAt = Date.now();
  // Sent empty: the messages are linked to their fields and the first one has the focus.
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByText("Please check the fields marked below.")).toBeVisible();
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Please fill this in.");
  await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(form);

  const email = `skjema-${tag}@eksempel.no`;
  const customer = `Kari Skjema ${tag}`;
  await form.getByLabel("Name").fill(customer);
  await form.getByRole("textbox", { name: "E-mail" }).fill(email);
  await form.getByLabel("Message (optional)").fill("Can I test drive the electric estate on Saturday?");
  const consent = form.getByRole("checkbox", { name: "Yes, send me offers and news by e-mail." });
  await expect(consent).not.toBeChecked();
  await consent.check();
  await expectFitsDesktopAndPhone(form);
  // A person takes longer than the minimum fill time; the check runs on the server's clock.
  await form.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - loadedAt)));
  const sentAt = Date.now();
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await expect(form.getByText(thanks)).toBeVisible();
  expect(violations).toEqual([]);

  // The double opt-in mail, in the form's language, with its link.
  const [mail] = await findMails(email, sentAt, (m) => m.subject === "Please confirm your consent", 15_000);
  expect(mail, "the confirmation mail in the outbox").toBeTruthy();
  const link = mail.text.match(/https?:\/\/\S+\/f\/confirm\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();
  await form.goto(link!);
  await expect(form.getByRole("heading", { name: "Confirm your consent" })).toBeVisible();
  await form.getByRole("button", { name: "Confirm" }).click();
  await expect(form.getByText("Thank you. Your consent is recorded:")).toBeVisible();
  await expect(form.getByText("send you offers and news by e-mail")).toBeVisible();
  await visitor.close();

  // Without JavaScript the form still works: a plain POST, and the page comes back from the server.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": `10.${tag.charCodeAt(3)}.${tag.charCodeAt(4)}.${tag.charCodeAt(5)}` },
  });
  const plainForm = await plain.newPage();
  await plainForm.goto(publicUrl);
  // The fill time counts from this first page: the one that comes back keeps its stamp.
  const plainLoadedAt = Date.now();
  await plainForm.getByRole("button", { name: "Send" }).click();
  await expect(plainForm.getByText("Please check the fields marked below.")).toBeVisible();
  await expect(plainForm.getByLabel("Name")).toHaveAccessibleDescription("Please fill this in.");
  await plainForm.getByLabel("Name").fill(`Ola Uten Skript ${tag}`);
  await plainForm.getByRole("textbox", { name: "E-mail" }).fill(`uten-skript-${tag}@eksempel.no`);
  await plainForm.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - plainLoadedAt)));
  await plainForm.getByRole("button", { name: "Send" }).click();
  await expect(plainForm.getByText(thanks)).toBeVisible();
  await plain.close();

  // The team's rep has the lead in their list.
  const repContext = await browser.newContext();
  const repPage = await repContext.newPage();
  await signInAsStaff(repPage, rep.email, password);
  await expect(repPage).toHaveURL(/\/leads/);
  await repPage.goto("/leads");
  const row = repPage.getByTestId("lead-row").filter({ visible: true }).filter({ hasText: customer });
  await expect(row).toHaveCount(1);
  // The one sent without JavaScript too (it waited past the minimum fill time, so it was stored).
  await expect(
    repPage
      .getByTestId("lead-row")
      .filter({ visible: true })
      .filter({ hasText: `Ola Uten Skript ${tag}` }),
  ).toHaveCount(1);
  await row.click();
  await expect(repPage.getByText("Can I test drive the electric estate on Saturday?").first()).toBeVisible();
  await repContext.close();
});
