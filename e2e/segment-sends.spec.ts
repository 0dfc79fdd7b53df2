import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createSegmentSend } from "./fixtures/data";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { findMails, type OutboxMail } from "./fixtures/outbox";

// A manager sends a marketing e-mail to a marketing segment: the review names how many will get it,
// customers without consent are skipped and counted, the mail carries one-click unsubscribe, and
// the customer's link (no account, no JavaScript needed) withdraws their marketing consent.

type MarketingMail = OutboxMail & { headers?: Record<string, string> };

test.describe("segment sends", () => {
  test("a segment send skips customers without consent, and the unsubscribe link withdraws consent", async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(90_000);
    const fixture = await createSegmentSend(request, { ownerEmail: users.manager, consenting: 2, without: 1 });
    const since = Date.now();

    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    // The open segment's banner leads a manager to its sends.
    await page.goto(`/customers?segment=${fixture.segmentId}`);
    await page.getByTestId("segment-banner").getByRole("link", { name: "Sends" }).click();
    await expect(page.getByRole("heading", { name: `Sends to ${fixture.segmentName}`, level: 1 })).toBeVisible();
    await page.getByLabel("Template").selectOption({ label: `${fixture.templateName} (e-mail, en)` });
    await page.getByRole("button", { name: "Review" }).click();
    const review = page.getByTestId("send-review");
    await expect(review).toContainText("2 customers of 3 in the segment will get");
    await expect(review).toContainText("1 customer has no consent for this channel or no address");
    await expectFitsDesktopAndPhone(page);
    await page.getByRole("button", { name: "Send to 2 customers" }).click();
    await expect(page.getByText("The send has started.")).toBeVisible();

    const row = page.getByTestId("segment-sends").locator("tbody tr").first();
    await expect(row).toContainText(fixture.templateName);
    await expect(row.getByText("Done")).toBeVisible({ timeout: 30_000 });

    const mails = (await Promise.all(
      fixture.emails.consenting.map(
        async (email) => (await findMails(email, since, (m) => m.subject === fixture.subject, 20_000))[0],
      ),
    )) as MarketingMail[];
    expect(mails.every(Boolean)).toBe(true);
    expect(await findMails(fixture.emails.without[0], since, () => true, 500)).toHaveLength(0);
    for (const mail of mails) {
      expect(mail.text).toMatch(/^Hello Send, our winter offer starts today\./);
      expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(mail.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/.+\/api\/unsubscribe\/[a-z0-9]+>$/);
    }
    await expect(row.locator("td").nth(3)).toHaveText("2", { timeout: 30_000 }); // sent (the page refreshes)
    await expect(row.locator("td").nth(5)).toContainText("consent 1");

    // The first customer follows the footer link, signed out, with JavaScript off.
    const link = mails[0].text.match(/Unsubscribe: (\S+)/)?.[1];
    expect(link).toContain("/unsubscribe/");
    const customer = await browser.newContext({ javaScriptEnabled: false });
    const stranger = await customer.newPage();
    await stranger.goto(link!);
    await expect(stranger.getByText(/^Stop marketing e-mails to se\*\*\*@eksempel\.test\?$/)).toBeVisible();
    await stranger.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(stranger.getByRole("status")).toContainText("will get no more marketing e-mails from us");
    await stranger.goto(link!); // opened again later: nothing left to do
    await expect(stranger.getByText(/does not get marketing e-mails from us/)).toBeVisible();
    await customer.close();

    // The second customer's mail client unsubscribes in one click (RFC 8058), with no session.
    const oneClick = mails[1].headers!["List-Unsubscribe"].slice(1, -1);
    const response = await request.post(oneClick, {
      form: { "List-Unsubscribe": "One-Click" },
      headers: { cookie: "" },
    });
    expect(response.status()).toBe(200);

    await page.reload();
    await expect(row.locator("td").nth(8)).toHaveText("2"); // unsubscribed
    // The consent history says how it was withdrawn.
    await page.goto(`/customers?q=${encodeURIComponent(fixture.emails.consenting[0])}`);
    await page.getByRole("link", { name: /^Send consenting 0/ }).click();
    await expect(page.getByText("unsubscribe link").first()).toBeVisible();
  });

  test("a sales rep cannot open a segment's sends", async ({ page, request }) => {
    const fixture = await createSegmentSend(request, { ownerEmail: users.manager, consenting: 1, without: 0 });
    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads$/);
    expect((await page.goto(`/customers/segments/${fixture.segmentId}`))?.status()).toBe(404);
  });
});
