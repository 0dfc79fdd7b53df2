import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// A rep answers the customer from Reise itself: from a template, previewed with the customer's real
// details, sent by e-mail or SMS, on the timeline with its delivery status, and the response clock
// stops. What a person gets wrong (a variable with no value, an SMS too long) is refused with the
// text kept. Managers keep the templates.

function composer(page: Page) {
  const form = page.getByTestId("compose-form");
  return {
    form,
    sms: form.getByRole("radio", { name: "SMS" }),
    email: form.getByRole("radio", { name: "E-mail" }),
    template: form.getByRole("combobox", { name: "Template" }),
    subject: form.getByRole("textbox", { name: "Subject" }),
    body: form.getByRole("textbox", { name: "Message" }),
    preview: form.getByTestId("message-preview"),
    missing: form.getByTestId("message-preview-missing"),
  };
}

const outboundOf = (page: Page, kind: "EMAIL" | "SMS") =>
  page.locator(`[data-testid="timeline-entry"][data-direction="OUTBOUND"][data-kind="${kind}"]`);

test("a rep answers a waiting customer by e-mail from a template: previewed with their details, sent with a reply address, the clock stops", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, {
    ownerEmail: users.sales,
    waitingMinutes: 20,
    slaMinutes: 60,
    interest: "Volvo EX30",
    customerName: "Ingrid Bakken",
  });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByTestId("sla-badge")).not.toHaveAttribute("data-state", "answered");

  const c = composer(page);
  await c.email.check();
  await c.template.selectOption({ label: "Quote · English" });
  await expect(c.subject).toHaveValue("Your quote for {{product}}");
  await expect(c.preview).toContainText("Your quote for Volvo EX30");
  await expect(c.preview).toContainText("Hi Ingrid,");
  await c.form.getByRole("button", { name: "Send e-mail" }).click();
  await expect(c.form.getByRole("status")).toHaveText("E-mail on its way. It is on the timeline.");
  await expect(c.body).toHaveValue("");

  const since = Date.now() - 60_000;
  const [mail] = await findMails(lead.customerEmail, since, (m) => m.subject === "Your quote for Volvo EX30", 15_000);
  expect(mail.text).toContain("Hi Ingrid,");
  expect(mail.text).toContain("Here is the quote for Volvo EX30");
  expect((mail as { replyTo?: string }).replyTo).toMatch(/^reply\+[a-z0-9]+@reply\.reise\.test$/);

  await expect(page.getByTestId("sla-badge")).toHaveAttribute("data-state", "answered");
  const sent = outboundOf(page, "EMAIL");
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText("Your quote for Volvo EX30");
  // Delivered by the job a moment later: the status follows on the next load.
  await expect(async () => {
    await page.reload();
    await expect(outboundOf(page, "EMAIL").getByTestId("message-status")).toHaveText("Sent", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expectFitsDesktopAndPhone(page);
});

test("an SMS that cannot be sent as written is refused with the text kept: a variable with no value, too many parts", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, { ownerEmail: users.sales, interest: "Tesla Model Y" });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);

  const c = composer(page);
  await c.sms.check();
  // No order yet, so no expected delivery date: the preview says so before anyone presses Send.
  const text = "Hei {{firstName}}! {{product}} kommer {{expectedDate}}.";
  await c.body.fill(text);
  await expect(c.missing).toContainText("No value for {{expectedDate}}");
  await c.form.getByRole("button", { name: "Send SMS" }).click();
  await expect(c.form.getByRole("alert").filter({ hasText: "No value for {{expectedDate}}" }).first()).toBeVisible();
  await expect(c.body).toHaveValue(text);

  const long = "Vi har fått inn flere Tesla Model Y til visning denne uken. ".repeat(16);
  await c.body.fill(long);
  await expect(c.form.getByText(/· 7 SMS Too long: at most 6 SMS parts\./)).toBeVisible();
  await c.form.getByRole("button", { name: "Send SMS" }).click();
  await expect(c.form.getByRole("alert").filter({ hasText: "Shorten it" }).first()).toBeVisible();
  await expect(c.body).toHaveValue(long);
  await expect(outboundOf(page, "SMS")).toHaveCount(0);
  await expect(page.getByTestId("sla-badge")).not.toHaveAttribute("data-state", "answered");
});

test("a manager adds a template, is told about a misspelt variable, and the reps can write with it", async ({
  page,
  browser,
  request,
}) => {
  // Two sign-ins, a template added and archived, a lead written from: more than the default 30 s.
  test.setTimeout(60_000);
  const name = `Prøvekjøring ${Date.now()}`;
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/templates");
  await expect(page.getByRole("heading", { name: "Message templates", level: 2 })).toBeVisible();
  const form = page.getByTestId("template-new");
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("combobox", { name: "Channel" }).selectOption("SMS");
  await form.getByRole("combobox", { name: "Language" }).selectOption("en");
  const body = form.getByRole("textbox", { name: "Text" });
  await body.fill("Hi {{fristName}}, your test drive in the {{product}} is booked. {{repName}}");
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(form.getByText("Unknown variable {{fristName}}").first()).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue(name);
  await body.fill("Hi {{firstName}}, your test drive in the {{product}} is booked. {{repName}}");
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(form.getByRole("status")).toHaveText("Template added.");
  await expect(page.getByText(name)).toBeVisible();
  await expectFitsDesktopAndPhone(page);

  const lead = await createLead(request, { ownerEmail: users.sales, interest: "Skoda Elroq", customerName: "Per Lie" });
  const rep = await (await browser.newContext()).newPage();
  await signInAsStaff(rep, users.sales);
  await expect(rep).toHaveURL(/\/leads$/);
  await rep.goto(`/leads/${lead.leadId}`);
  const c = composer(rep);
  await c.sms.check();
  await c.template.selectOption({ label: `${name} · English` });
  await expect(c.preview).toHaveText("Hi Per, your test drive in the Skoda Elroq is booked. Magnus Berg");

  // Archived, it asks first, naming the template, and the reps can no longer pick it.
  await page.getByText(name, { exact: true }).click();
  await page.getByRole("button", { name: `Archive: ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Archive “${name}”?` });
  await confirm.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: `Archive: ${name}` })).toHaveCount(0);
  await rep.reload();
  await composer(rep).sms.check();
  await expect(composer(rep).template.locator("option", { hasText: name })).toHaveCount(0);
});
