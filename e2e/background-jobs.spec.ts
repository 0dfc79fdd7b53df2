import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff, users } from "./fixtures/auth";
import { createFailedJob, createStaffUser } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails } from "./fixtures/outbox";

// A manager sees on Settings → Background jobs that a mail could not be sent, reads why, and
// tries it again: the job runs again and the mail goes out. A sales rep gets a 404.

test.describe("background jobs", () => {
  test("a manager sees a failed job, reads its error and tries it again, and the mail goes out", async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
    const failed = await createFailedJob(request, { email: rep.email });

    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/settings/audit");
    await page
      .getByRole("navigation", { name: "Settings sections" })
      .getByRole("link", { name: "Background jobs" })
      .click();
    await expect(page.getByRole("heading", { name: "Background jobs", level: 1 })).toBeVisible();

    const row = page.getByTestId("failed-job").filter({ hasText: failed.key });
    await expect(row).toContainText("Password reset mail");
    await expect(row).toContainText("8 tries");
    await expect(row).toContainText("Connection timeout to mail.example.com:587");
    await expect(row).not.toContainText(rep.email); // the payload is not shown
    const whole = row.getByText("at SMTPConnection._onError");
    await expect(whole).toBeHidden();
    await row.getByText("Last error:").click();
    await expect(whole).toBeVisible();
    await expectFitsDesktopAndPhone(page);

    const since = Date.now();
    await row.getByRole("button", { name: /^Try again: Password reset mail/ }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Password reset mail will run again in a moment." }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Failed jobs", exact: true })).toBeFocused();
    await expect(page.getByTestId("failed-job").filter({ hasText: failed.key })).toHaveCount(0);
    // The runner took it at once and sent the reset mail.
    const mails = await findMails(rep.email, since, (mail) => mail.subject === "Reset your Reise password", 15_000);
    expect(mails).toHaveLength(1);

    await page.goto("/settings/audit?action=job.retried");
    await expect(page.getByTestId("audit-row").filter({ hasText: failed.key })).toContainText(
      "Background job tried again",
    );
  });

  test("a sales rep gets a 404", async ({ page }) => {
    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads$/);
    expect((await page.goto("/settings/jobs"))?.status()).toBe(404);
  });
});
