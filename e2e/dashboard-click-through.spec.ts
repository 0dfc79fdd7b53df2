import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";

// A dashboard number opens exactly the leads it counts: the manager clicks "breaching now" and the
// funnel's "new" for a channel and a month, and the list, page after page, holds that many leads,
// with the range and the channel named as chips.

test.describe.configure({ timeout: 120_000 });

const digits = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ""));

/** Every row of the list the page shows, following "next" to the end. */
async function countListed(page: Page): Promise<number> {
  let total = 0;
  for (let n = 0; n < 40; n++) {
    await expect(page.getByText("Active filters")).toBeVisible();
    total += await page.getByTestId("lead-row").filter({ visible: true }).count();
    const next = page.getByRole("link", { name: /^Show the next/ });
    if (!(await next.count())) return total;
    await page.goto((await next.getAttribute("href"))!);
  }
  throw new Error("more than 40 pages");
}

test("a manager's dashboard numbers open lists of exactly that many leads", async ({ page }) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });

  await page.goto("/dashboard?range=30d&channel=CHAT");
  const breaching = await digits(page, "breaching-now");
  await page.getByTestId("breaching-now").getByRole("link").click();
  await expect(page).toHaveURL(/\/leads\?view=all&channel=CHAT&breach=1$/);
  await expect(page.getByText("Response time run out")).toBeVisible();
  expect(await countListed(page)).toBe(breaching);

  await page.goto("/dashboard?range=30d&channel=CHAT");
  const funnel = page.getByTestId("chart-funnel");
  await funnel.getByText("Show as table").click();
  const created = Number(
    (await funnel.getByTestId("funnel-row-NEW").getByTestId("reached").innerText()).replace(/\D/g, ""),
  );
  await funnel.getByTestId("funnel-row-NEW").getByRole("link", { name: "New" }).click();
  await expect(page).toHaveURL(/outcome=all&from=/);
  await expect(page.getByText(/^Created /)).toBeVisible();
  expect(await countListed(page)).toBe(created);
});
