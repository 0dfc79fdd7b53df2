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

/** The bell's unread count, read from its accessible name. */
async function unreadOf(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

/** The signed-in user's notifications as the /notifications page lists them (newest first). */
async function listed(page: Page): Promise<string> {
  await page.goto("/notifications");
  return (
    (await page
      .getByTestId("notification-list")
      .textContent()
      .catch(() => "")) ?? ""
  );
}

// Other tests' unassigned leads of customers no team holds tell every present rep (the lead rule
// lets them all claim it), so a count can grow beyond this test's own: these tests look for their
// own notifications by what they say, and counts only ever as "more than before".

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
    const before = await unreadOf(repPage);
    const since = Date.now();
    await postSignal(request, secret, lead.customerEmail, 0);

    // The bell asks every 5 s: the count rises without a reload.
    await expect.poll(() => unreadOf(repPage), { timeout: 15_000 }).toBeGreaterThan(before);
    const [mail] = await findMails(
      rep.email,
      since,
      (m) => m.text.includes(`${lead.customerName} wrote again`),
      30_000,
    );
    expect(mail?.subject).toMatch(/^\d+ things? waiting for you in Reise$/);
    expect(mail.text).toContain(`/leads/${lead.leadId}`);

    await bell(repPage).click();
    const panel = repPage.getByRole("region", { name: "Notifications" });
    const item = panel.getByRole("button", { name: new RegExp(`${lead.customerName} wrote again`) });
    await expect(item).toBeVisible();
    await item.click();
    await expect(repPage).toHaveURL(new RegExp(`/leads/${lead.leadId}$`));
    await expect(panel).toHaveCount(0);
    // Opened is read: it is gone from the unread ones.
    await repPage.goto("/notifications?show=unread");
    await expect(repPage.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    await expect(repPage.getByText(`${lead.customerName} wrote again`)).toHaveCount(0);
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
    const warning = `${soon.customerName} is waiting: the response time runs out in 4 min`;
    const postedAt = Date.now();
    await postSignal(request, secret, soon.customerEmail, 11);
    await expect.poll(() => listed(repPage), { timeout: 15_000 }).toContain(`${soon.customerName} wrote again`);
    const early = await listed(repPage);
    // Not before its time (on a machine so slow that 14 s have passed, the check below still holds).
    if (Date.now() - postedAt < 14_000) expect(early).not.toContain(warning);
    await expect.poll(() => listed(repPage), { timeout: 30_000 }).toContain(warning);
    expect(Date.now() - postedAt).toBeGreaterThanOrEqual(14_000);
    await repPage.goto("/leads");
    await bell(repPage).click();
    const panel = repPage.getByRole("region", { name: "Notifications" });
    await expect(panel.getByText(warning)).toBeVisible();
    await repPage.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(bell(repPage)).toBeFocused();

    // 17 minutes ago: due 2 minutes ago, and a minute past that the team's managers are told.
    await postSignal(request, secret, late.customerEmail, 17);
    await expect
      .poll(() => listed(repPage), { timeout: 15_000 })
      .toContain(`Response time ran out: ${late.customerName} is waiting`);
    const escalated = new RegExp(
      `${late.customerName} is still unanswered \\d+ min after the response time ran out \\(${rep.name}\\)`,
    );
    await expect.poll(() => listed(page), { timeout: 15_000 }).toMatch(escalated);
    await page.goto("/leads");
    await expect.poll(() => unreadOf(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await bell(page).click();
    await expect(page.getByRole("region", { name: "Notifications" })).toBeVisible();
    await page.getByRole("link", { name: "All notifications" }).click();
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    await expectFitsDesktopAndPhone(page);
  } finally {
    await repPage.close();
  }
});
