import { devices, expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";

// A list's rows are drawn once: the server's HTML, which the browser takes over (hydration). A
// second draw of fifty rows right after is a long task on a phone, while the rep's first tap waits
// (Lighthouse's TBT, issue 19). It happened when a row's live value (the "new" marks, the clock)
// started in the browser as something other than what the server drew with.
//
// React tells a developer tool about every commit; this stands in for one, and after each commit
// counts the list's elements whose props React replaced (React hands an element new props only when
// the component above it drew again). An element gets its first props when it is hydrated.

// rows: how many rows React has taken over (hydrated) by the last commit.
type Redraws = { commits: number; redrawn: number; rows: number };

async function watchRedraws(page: Page) {
  await page.addInitScript(() => {
    const seen = new WeakMap<Element, unknown>();
    const state: Redraws = { commits: 0, redrawn: 0, rows: 0 };
    (window as unknown as { __redraws: Redraws }).__redraws = state;
    const propsOf = (el: Element) => {
      const key = Object.keys(el).find((k) => k.startsWith("__reactProps$"));
      return key ? (el as unknown as Record<string, unknown>)[key] : undefined;
    };
    (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      inject: () => 1,
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot: () => {
        state.commits++;
        // Rows and everything in them: table rows on a wide screen, cards on a phone.
        const rows = document.querySelectorAll("main tbody tr, main ul > li");
        state.rows = [...rows].filter(propsOf).length;
        for (const row of rows) {
          for (const el of [row, ...row.querySelectorAll("*")]) {
            const props = propsOf(el);
            // No props yet: the server's element, not hydrated (a commit can hydrate part of a page).
            if (!props) continue;
            if (seen.has(el) && seen.get(el) !== props) state.redrawn++;
            seen.set(el, props);
          }
        }
      },
    };
  });
}

async function redrawsAfterLoad(page: Page, path: string) {
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __redraws: Redraws }).__redraws.rows), {
      message: `${path}: rows hydrated`,
    })
    .toBeGreaterThan(0);
  // Long enough for effects after hydration, and short of the list's 30 s clock tick.
  await page.waitForTimeout(1_500);
  return page.evaluate(() => (window as unknown as { __redraws: Redraws }).__redraws);
}

async function expectRowsDrawnOnce(page: Page) {
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await watchRedraws(page);
  for (const path of ["/leads", "/customers", "/agenda", "/leads/board", "/notifications"]) {
    const seen = await redrawsAfterLoad(page, path);
    expect(seen.redrawn, `${path}: elements of its rows drawn again after hydration`).toBe(0);
  }
}

test("the lists draw their rows once", async ({ page }) => {
  await expectRowsDrawnOnce(page);
});

test.describe("on a phone", () => {
  // A phone's browser says so, and the server sends it the cards rather than the table.
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    userAgent: devices["Pixel 7"].userAgent,
  });

  test("the lists draw their cards once", async ({ page }) => {
    await expectRowsDrawnOnce(page);
  });
});
