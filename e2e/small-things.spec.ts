import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";
import { DESKTOP_AND_PHONE, expectFitsDesktopAndPhone } from "./fixtures/layout";

// The smaller things a rep noticed on the walk (issue 22), each checked where a person sees it.

const shots = process.env.SMALL22_SHOTS;

test("claiming a lead confirms it, and the confirmation outlives the refresh the claim causes", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, { ownerEmail: null, waitingMinutes: 20 });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  await expect(page.getByTestId("lead-owner")).toHaveText("Unassigned");
  const claim = page.getByRole("button", { name: "Take this lead" });
  await claim.click();
  // The form goes once the lead is no longer claimable; the message stays, in a status region.
  await expect(claim).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "The lead is yours now." })).toBeVisible();
  // The page did refresh: the header now names the owner.
  await expect(page.getByTestId("lead-owner")).not.toHaveText("Unassigned");
  if (shots) {
    await page.screenshot({ path: `${shots}/claim-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText("The lead is yours now.").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/claim-390.png` });
  }
});

for (const locale of ["nb", "da"] as const) {
  test(`the consent badges stay inside their column on the customer page in ${locale}`, async ({ page, request }) => {
    const password = `samtykke-${locale}-passord-1`;
    const manager = await createStaffUser(request, { role: "MANAGER", locale, password });
    // No consent asked yet: "Markedsføring på e-post: Ikke spurt", the longest of the three states.
    const lead = await createLead(request, {});
    await signInAsStaff(page, manager.email, password);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto(`/customers/${lead.customerId}`);
    // The header's badges (the consent card further down lists them too).
    const header = page.locator("header", { has: page.getByTestId("customer-name") });
    const badges = header.getByTestId("consent-badges");
    await expect(badges.locator("li")).toHaveCount(3);
    // 1024 px is where the header's facts first stand four abreast, each column at its narrowest.
    for (const [width, height] of [...DESKTOP_AND_PHONE, [1024, 768], [1100, 800]] as const) {
      await page.setViewportSize({ width, height });
      const column = await badges.locator("xpath=ancestor::dd[1]").boundingBox();
      for (const badge of await badges.locator("li > span").all()) {
        const box = (await badge.boundingBox())!;
        expect(box.x + box.width, `${locale} at ${width}px: ${await badge.innerText()}`).toBeLessThanOrEqual(
          column!.x + column!.width + 0.5,
        );
        // Wrapped, never cut: the state at the end of the text stays readable.
        const cut = await badge.evaluate((el) =>
          [...el.querySelectorAll("span")].some((s) => s.scrollWidth > s.clientWidth),
        );
        expect(cut, `${locale} at ${width}px: ${await badge.innerText()} is cut`).toBe(false);
      }
      if (shots)
        await page.screenshot({
          path: `${shots}/consent-${locale}-${width}.png`,
          fullPage: width < 640 ? false : true,
        });
    }
    await expectFitsDesktopAndPhone(page);
  });
}

test("buttons, fields and pickers are 44 px tall on a phone, and compact with a mouse on a desktop", async ({
  page,
  request,
}) => {
  const lead = await createLead(request, { ownerEmail: null, waitingMinutes: 20 });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const form = page.getByTestId("follow-up-form");
  const controls = [
    page.getByRole("button", { name: "Take this lead" }),
    form.getByRole("combobox", { name: "Type", exact: true }),
    form.getByRole("textbox", { name: "Next follow-up", exact: true }),
    form.getByRole("button", { name: "Log follow-up" }),
  ];
  const heights = async () => Promise.all(controls.map(async (c) => (await c.boundingBox())!.height));
  await page.setViewportSize({ width: 390, height: 844 });
  for (const height of await heights()) expect(height).toBeGreaterThanOrEqual(44);
  if (shots) await page.screenshot({ path: `${shots}/lead-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const height of await heights()) expect(height).toBeLessThanOrEqual(36);
  if (shots) await page.screenshot({ path: `${shots}/lead-1280.png`, fullPage: true });
  await expectFitsDesktopAndPhone(page);
});

test("a moved delivery date reads in Norwegian with Norwegian dates on the order page and the timeline", async ({
  page,
  request,
}) => {
  const password = "leveringsdato-passord-1";
  const manager = await createStaffUser(request, { role: "MANAGER", locale: "nb", password });
  const lead = await createLead(request, { withPurchase: true });
  await signInAsStaff(page, manager.email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`/customers/${lead.customerId}`);
  await page.locator(`a[href^="/customers/${lead.customerId}/orders/"]`).first().click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await page.getByLabel("Ny forventet dato").fill("2027-03-19");
  await page.getByLabel("Årsak (kunden ser den)").fill("Fabrikken er forsinket");
  await page.getByRole("button", { name: "Flytt dato" }).click();
  await expect(page.getByText("Lagret. Kunden har fått beskjed på e-post.")).toBeVisible();
  const messages = page.getByTestId("order-messages");
  await expect(messages).toContainText(/forventet levering flyttet fra \d+\. \p{L}+ 2027 til 19\. mars 2027/u);
  await expect(messages).not.toContainText(/expected delivery|\d{4}-\d{2}-\d{2}/);
  await page.goto(`/customers/${lead.customerId}`);
  const entry = page.getByTestId("timeline-entry").filter({ hasText: "Fabrikken er forsinket" });
  await expect(entry).toContainText("til 19. mars 2027");
  await expect(entry).not.toContainText(/expected delivery|\d{4}-\d{2}-\d{2}/);
});
