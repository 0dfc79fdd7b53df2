import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { tag } from "./fixtures/customers";
import { findMails } from "./fixtures/outbox";
import { openStaffRow } from "./fixtures/staff-list";

// A production install has no demo users: people join by invitation, choose their own password,
// change it, and get a new one by e-mail when they forget it. Each step through the real pages.

const PASSWORD = "fjord kettle lantern 42";
const NEW_PASSWORD = "birch harbour violin 7";

/** The set-password link in the newest mail to `email` since `since`. */
async function passwordLink(email: string, since: number): Promise<string> {
  const mails = await findMails(email, since, (m) => m.text.includes("/login/set-password?token="), 10_000);
  const url = mails.at(-1)?.text.match(/https?:\/\/\S+set-password\?token=\S+/)?.[0];
  expect(url, `a set-password link for ${email}`).toBeTruthy();
  return url!;
}

async function setPassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await page.getByLabel(/^New password/).fill(password);
  await page.getByLabel("The same password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();
}

test("a manager invites a rep, who sets a password, signs in, changes it, forgets it and resets it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const t = tag();
  const email = `invited-${t}@reise.test`;

  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings/users");
  // The list comes first; the invitation is a dialog from the page's header.
  await page.getByRole("button", { name: "Invite a staff user" }).click();
  const invite = page.getByRole("dialog", { name: "Invite a staff user" });
  // A bad address is named next to the field, and the name typed stays.
  await invite.getByLabel("Email").fill("not-an-address");
  await invite.getByLabel("Name").fill(`Invited ${t}`);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByText("Enter a valid email address.")).toBeVisible();
  await expect(invite.getByLabel("Name")).toHaveValue(`Invited ${t}`);
  const since = Date.now();
  await invite.getByLabel("Email").fill(email);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  // This server has no mail server (SMTP_URL unset): the manager is told the invitation went to the
  // outbox folder, not that it was sent.
  const done = page.getByRole("dialog", { name: "Invitation made" });
  await expect(done.getByRole("status")).toContainText(email);
  await expect(done.getByRole("status")).toContainText("but not sent: no mail server is set up");
  await expect(done.getByRole("status")).toContainText("outbox folder");
  // "Invite another" starts an empty form; closing the dialog leaves the users list.
  await done.getByRole("button", { name: "Invite another" }).click();
  await expect(invite.getByLabel("Email")).toHaveValue("");
  await expect(invite.getByLabel("Name")).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // The mail went astray: the list shows the colleague as invited, and "Send again" makes a new
  // link, which ends the first.
  const first = await passwordLink(email, since);
  const row = await openStaffRow(page, email);
  await expect(row).toContainText("Invited");
  await expect(row).toContainText("no password chosen yet");
  await row.getByRole("button", { name: `Send the invitation to Invited ${t} again` }).click();
  await expect(row.getByRole("status")).toContainText("A new invitation was written to the server's outbox folder");
  const resent = await findMails(
    email,
    since,
    (m) => m.text.includes("set-password?token=") && !m.text.includes(first),
    10_000,
  );
  const link = resent.at(-1)?.text.match(/https?:\/\/\S+set-password\?token=\S+/)?.[0] ?? "";
  expect(link, "a second set-password link").toBeTruthy();
  // On the record: who sent it again, to whom, by name.
  await page.goto("/settings/audit?action=user.invitation_resent");
  const entry = page.getByTestId("audit-row").filter({ hasText: `Invited ${t}` });
  await expect(entry).toContainText("Invitation sent again");
  await expect(entry).toContainText("Ingrid Solberg");

  // The invited rep, on their own device: the first link is dead, a common password is refused,
  // a good one is set once.
  const rep = await (await browser.newContext()).newPage();
  await rep.goto(first);
  await expect(rep.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await rep.goto(link);
  await rep.getByLabel(/^New password/).fill("password1234");
  await rep.getByLabel("The same password again").fill("password1234");
  await rep.getByRole("button", { name: "Set password" }).click();
  await expect(rep.getByText("This is one of the most used passwords. Choose another.")).toBeVisible();
  await setPassword(rep, link, PASSWORD);
  await rep.goto(link);
  await expect(rep.getByRole("heading", { name: "This link no longer works" })).toBeVisible();

  await signInAsStaff(rep, email, PASSWORD);
  await expect(rep).toHaveURL(/\/leads$/);

  // Changing the password from the account menu signs them out; the new one works, the old not.
  await rep.getByRole("button", { name: /^Account menu for / }).click();
  await rep.getByRole("menuitem", { name: "Change password" }).click();
  await expect(rep).toHaveURL(/\/account\/password$/);
  await rep.getByLabel("Current password").fill(PASSWORD);
  await rep.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await rep.getByLabel("The same new password again").fill(NEW_PASSWORD);
  await rep.getByRole("button", { name: "Change password" }).click();
  await expect(rep.getByText("Your password is changed")).toBeVisible();
  await rep.goto("/leads");
  await expect(rep).toHaveURL(/\/login/);
  await signInAsStaff(rep, email, PASSWORD);
  await expect(
    rep
      .getByRole("alert")
      .filter({ hasText: /wrong|password/i })
      .first(),
  ).toBeVisible();

  // Forgotten: the login page's link mails a reset link; it sets a third password.
  const resetSince = Date.now();
  await rep.goto("/login");
  await rep.getByRole("link", { name: "Forgot your password?" }).click();
  // The login page's own Email field is there until the new page replaces it: wait for that.
  await expect(rep.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await rep.getByLabel("Email").fill(email);
  await rep.getByRole("button", { name: "Email me a link" }).click();
  await expect(rep.getByText("If the address belongs to a staff user, a link is on its way.")).toBeVisible();
  await setPassword(rep, await passwordLink(email, resetSince), "meadow copper piano 19");
  await signInAsStaff(rep, email, "meadow copper piano 19");
  await expect(rep).toHaveURL(/\/leads$/);
  await rep.context().close();
});
