import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures/auth";
import { createLead, createStaffUser } from "./fixtures/data";

// A sales rep's whole loop without a mouse: sign in, skip the navigation, pick
// the lead from the list, log the call and leave through the account menu.
// Every stop on the way must show where the focus is.

async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.outline, "a visible focus outline").not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

/** Presses Tab until the target has the focus, like a person would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`focus never reached ${target}`);
}

test("a sales rep works a lead by keyboard alone, with the focus always visible", async ({ page, request }) => {
  // A sign-in, the list, a lead, a follow-up and the menu, some sixty key presses: 15 s alone, and
  // past Playwright's 30 s on a busy two-core machine with the suite running beside it.
  test.setTimeout(60_000);
  // A rep of the test's own: its 300-day breach tops only their list. On the demo rep's, it ran
  // above the lead list spec's 30-day breach when the two specs ran side by side.
  const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
  const lead = await createLead(request, { ownerEmail: rep.email, waitingMinutes: 24 * 60 * 300, slaMinutes: 15 });
  // A second row of their own for ↓ to move to, whatever else their team has waiting.
  await createLead(request, { ownerEmail: rep.email, waitingMinutes: 24 * 60 * 200, slaMinutes: 15 });

  await page.goto("/login");
  const email = page.getByLabel("Email");
  await tabTo(page, email);
  await expectVisibleFocus(email);
  await page.keyboard.type(rep.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/leads$/);

  // The first Tab offers the skip link, which jumps past the sidebar.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expectVisibleFocus(skip);
  await page.keyboard.press("Enter");

  // The lead waiting longest is the first row; rows are reached by Tab and left with Enter.
  const firstRow = page.getByTestId("lead-row").first();
  await expect(firstRow).toContainText(lead.customerName);
  await tabTo(page, firstRow);
  await expectVisibleFocus(firstRow);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("lead-row").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/leads/${lead.leadId}$`));

  const form = page.getByTestId("follow-up-form");
  const outcome = form.getByRole("combobox", { name: "Outcome", exact: true });
  await tabTo(page, outcome);
  await expectVisibleFocus(outcome);
  await page.keyboard.type("Reached");
  await expect(outcome).toHaveValue("REACHED");
  const submit = form.getByRole("button", { name: "Log follow-up" });
  await tabTo(page, submit);
  await expectVisibleFocus(submit);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Follow-up saved.")).toBeVisible();
  await expect(page.getByTestId("sla-badge")).not.toHaveAttribute("data-state", "breached");

  // The account menu opens from the keyboard, and Escape gives the focus back.
  const account = page.getByRole("button", { name: /^Account menu for / });
  await tabTo(page, account);
  await expectVisibleFocus(account);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(account).toBeFocused();
});
