import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// A manager sets the response-time promise. The suite shares one server and
// other specs post chats, so the persistence check changes EVENT (no other spec
// sends one) and every test puts back what it changed, even when it fails.

const PAGE = "/settings/sla";

async function openAsManager(page: Page) {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Response times", level: 2 })).toBeVisible();
}

const save = (page: Page) => page.getByRole("button", { name: "Save response times" }).click();

test("a manager changes a channel's promise, sees it saved, and finds it after a reload", async ({ page }) => {
  await openAsManager(page);
  await expect(
    page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Response times" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Changes apply to new buying signals only.")).toBeVisible();
  await expect(page.getByTestId("sla-example")).toHaveText(
    /^A chat that arrives on \w+ at \d\d:\d\d is due on \w+ at \d\d:\d\d\.$/,
  );
  await expectFitsDesktopAndPhone(page);

  const event = page.getByLabel("Event, minutes");
  const original = await event.inputValue();
  const changed = original === "480" ? "481" : "480";
  try {
    await event.fill(changed);
    await save(page);
    await expect(
      page.getByRole("status").filter({ hasText: "Saved. New buying signals get these response times." }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Event, minutes")).toHaveValue(changed);
  } finally {
    await page.goto(PAGE);
    await page.getByLabel("Event, minutes").fill(original);
    await save(page);
    await expect(page.getByText("Saved. New buying signals get these response times.")).toBeVisible();
  }
});

test("invalid values show errors next to their fields and save nothing", async ({ page }) => {
  await openAsManager(page);
  const chat = page.getByLabel("Chat, minutes");
  const before = {
    chat: await chat.inputValue(),
    open: await page.getByLabel("Opens").inputValue(),
    close: await page.getByLabel("Closes").inputValue(),
  };
  try {
    await chat.fill("0");
    await page.getByLabel("Closes").fill("07:00");
    await page.getByLabel("Opens").fill("09:00");
    await save(page);
    await expect(
      page.getByRole("alert").filter({ hasText: "Some values need fixing. Nothing was saved." }),
    ).toBeVisible();
    await expect(chat).toHaveAccessibleDescription("Enter whole minutes from 1 to 10080.");
    await expect(page.getByLabel("Closes")).toHaveAccessibleDescription("Closing time must be after opening time.");
    await expect(chat).toHaveAttribute("aria-invalid", "true");
    // What was typed is still there to fix.
    await expect(chat).toHaveValue("0");
    await expectFitsDesktopAndPhone(page);

    await page.reload();
    await expect(page.getByLabel("Chat, minutes")).toHaveValue(before.chat);
    await expect(page.getByLabel("Opens")).toHaveValue(before.open);
    await expect(page.getByLabel("Closes")).toHaveValue(before.close);
  } finally {
    // Only if a bug saved it: the chat promise is what other specs rely on.
    await page.goto(PAGE);
    if ((await page.getByLabel("Chat, minutes").inputValue()) !== before.chat) {
      await page.getByLabel("Chat, minutes").fill(before.chat);
      await page.getByLabel("Opens").fill(before.open);
      await page.getByLabel("Closes").fill(before.close);
      await save(page);
    }
  }
});

test("a sales rep gets a 404 on the response-time settings", async ({ page }) => {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads/);
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByLabel("Chat, minutes")).toHaveCount(0);
});
