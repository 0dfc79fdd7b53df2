import crypto from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createKey } from "./fixtures/api-keys";
import { signInAsStaff } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// Reaching a person: a customer's signal through the ingest API tells the rep who owns the lead,
// in the bell, without a reload; the digest mails what is still unread; the warning comes
// before the response time runs out, and a breach still unanswered goes to the team's manager.
// Each test makes its own rep and manager, so the demo users' bells stay as they were.

const PASSWORD = "notify-e2e-password";
const tag = () => crypto.randomUUID().slice(0, 8);
const bell = (page: Page) =>
  page
    .getByRole("banner")
    .getByRole("button", { name: /^Notifications:/ })
    .or(page.getByRole("complementary").getByRole("button", { name: /^Notifications:/ }));

async function postSignal(request: APIRequestContext, secret: string, email: string, minutesAgo: number) {
  const response = await request.post("/api/touchpoints", {
    headers: { authorization: `Bearer ${secret}` },
    data: {
      customer: { email },
      channel: "CHAT",
      kind: "CHAT_MESSAGE",
      text: "Hvor fort kan dere levere?",
      occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      externalId: `notify-${tag()}`,
    },
  });
  expect(response.status()).toBe(201);
}

async function newKey(page: Page, manager: { email: string }) {
  await signInAsStaff(page, manager.email, PASSWORD);
  // Managers start on the dashboard.
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  return createKey(page, `Notifications ${tag()}`);
}

test("a customer's message reaches their rep's bell without a reload, and the digest mails it", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  // Open around the clock: the digest is not held for the morning at whatever hour the suite is pinned.
  const team = `Døgnåpen ${tag()}`;
  const rep = await createStaffUser(request, { password: PASSWORD, roundTheClockTeam: team });
  const manager = await createStaffUser(request, { role: "MANAGER", password: PASSWORD, roundTheClockTeam: team });
  const lead = await createLead(request, { ownerEmail: rep.email, answered: true, waitingMinutes: 0 });
  const secret = await newKey(page, manager);

  const repPage = await browser.newPage();
  try {
    await signInAsStaff(repPage, rep.email, PASSWORD);
    await expect(repPage).toHaveURL(/\/leads/);
    await expect(bell(repPage)).toHaveAccessibleName("Notifications: No unread notifications");
    const since = Date.now();
    await postSignal(request, secret, lead.customerEmail, 0);

    // The bell asks every 5 s: the count arrives without a reload.
    await expect(bell(repPage)).toHaveAccessibleName("Notifications: 1 unread notification", { timeout: 15_000 });
    const [mail] = await findMails(
      rep.email,
      since,
      (m) => m.text.includes(`${lead.customerName} wrote again`),
      30_000,
    );
    expect(mail?.subject).toBe("1 thing waiting for you in Reise");
    expect(mail.text).toContain(`/leads/${lead.leadId}`);

    await bell(repPage).click();
    const panel = repPage.getByRole("region", { name: "Notifications" });
    const item = panel.getByRole("button", { name: new RegExp(`${lead.customerName} wrote again`) });
    await expect(item).toBeVisible();
    await item.click();
    await expect(repPage).toHaveURL(new RegExp(`/leads/${lead.leadId}$`));
    await expect(bell(repPage)).toHaveAccessibleName("Notifications: No unread notifications");
    await expect(panel).toHaveCount(0);
  } finally {
    await repPage.close();
  }
});

test("the warning comes before the response time runs out, and a breach left unanswered reaches the manager", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // A team of this test's own, open around the clock: the clock runs out on time at any pinned hour.
  const team = `Døgnåpen ${tag()}`;
  const rep = await createStaffUser(request, { password: PASSWORD, roundTheClockTeam: team });
  const manager = await createStaffUser(request, { role: "MANAGER", password: PASSWORD, roundTheClockTeam: team });
  const soon = await createLead(request, { ownerEmail: rep.email, answered: true, waitingMinutes: 0 });
  const late = await createLead(request, { ownerEmail: rep.email, answered: true, waitingMinutes: 0 });
  const secret = await newKey(page, manager);

  // Escalate a minute after the breach, for every team.
  await page.goto("/settings/alerts");
  for (const input of await page.getByRole("textbox", { name: /Escalate after \(minutes\)$/ }).all())
    await input.fill("1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByTestId("alert-rule")).toContainText("still unanswered 1 min later");

  const repPage = await browser.newPage();
  try {
    await signInAsStaff(repPage, rep.email, PASSWORD);
    await expect(repPage).toHaveURL(/\/leads/);
    // A chat 11 minutes ago with a 15-minute promise is due in 4 minutes; its warning comes 3¾
    // minutes ahead, 15 s from now.
    const postedAt = Date.now();
    await postSignal(request, secret, soon.customerEmail, 11);
    await expect(bell(repPage)).toHaveAccessibleName("Notifications: 1 unread notification", { timeout: 15_000 });
    await expect(bell(repPage)).toHaveAccessibleName("Notifications: 2 unread notifications", { timeout: 30_000 });
    expect(Date.now() - postedAt).toBeGreaterThanOrEqual(14_000);
    await bell(repPage).click();
    const panel = repPage.getByRole("region", { name: "Notifications" });
    await expect(panel.getByText(`${soon.customerName} is waiting: the response time runs out in 4 min`)).toBeVisible();
    await repPage.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(bell(repPage)).toBeFocused();

    // 17 minutes ago: due 2 minutes ago, and a minute past that the team's managers are told.
    await postSignal(request, secret, late.customerEmail, 17);
    await expect(bell(repPage)).toHaveAccessibleName(/Notifications: 4 unread notifications/, { timeout: 15_000 });
    await page.goto("/leads");
    await expect(bell(page)).toHaveAccessibleName(/Notifications: [1-9]\d* unread/, { timeout: 15_000 });
    await bell(page).click();
    await expect(
      page
        .getByRole("region", { name: "Notifications" })
        .getByText(
          new RegExp(
            `${late.customerName} is still unanswered \\d+ min after the response time ran out \\(${rep.name}\\)`,
          ),
        ),
    ).toBeVisible();
    await page.getByRole("link", { name: "All notifications" }).click();
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    await expectFitsDesktopAndPhone(page);
  } finally {
    await repPage.close();
  }
});
