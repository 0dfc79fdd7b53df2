import { devices, expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";

// A page is drawn once: the server's HTML, which the browser takes over (hydration). A second draw
// right after, of fifty rows or of a whole form, is a long task on a phone while the rep's first tap
// waits (Lighthouse's TBT, issue 19). It happened when a value started in the browser as something
// other than what the server drew with: the list's "new" marks and clock, and the "hydrated" flags
// that forms and lists show for tests.
//
// React tells a developer tool about every commit; this stands in for one, and after each commit
// counts the elements of <main> whose props React replaced (React hands an element new props only when
// the component above it drew again). An element gets its first props when it is hydrated.

// rows: how many list rows React has taken over (hydrated) by the last commit.
type Redraws = { commits: number; redrawn: number; rows: number };
type Watch = { __redraws: Redraws; __hydrated: (selector: string) => boolean };

// The list rows: table rows on a wide screen, cards on a phone.
const ROWS = "main tbody tr, main ul > li";

/** Counts redraws in <main> from the next page load on; `ignore` names parts drawn later by design. */
async function watchRedraws(page: Page, ignore = "") {
  await page.addInitScript(
    ({ ignore, rowsSelector }) => {
      const seen = new WeakMap<Element, unknown>();
      const state: Redraws = { commits: 0, redrawn: 0, rows: 0 };
      const propsOf = (el: Element) => {
        const key = Object.keys(el).find((k) => k.startsWith("__reactProps$"));
        return key ? (el as unknown as Record<string, unknown>)[key] : undefined;
      };
      const watch = window as unknown as Watch;
      watch.__redraws = state;
      watch.__hydrated = (selector) => {
        const el = document.querySelector(selector);
        return Boolean(el && propsOf(el));
      };
      (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        supportsFiber: true,
        inject: () => 1,
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
        onCommitFiberRoot: () => {
          state.commits++;
          state.rows = [...document.querySelectorAll(rowsSelector)].filter(propsOf).length;
          for (const el of document.querySelectorAll("main *")) {
            const props = propsOf(el);
            // No props yet: the server's element, not hydrated (a commit can hydrate part of a page).
            if (!props || (ignore && el.closest(ignore))) continue;
            if (seen.has(el) && seen.get(el) !== props) state.redrawn++;
            seen.set(el, props);
          }
        },
      };
    },
    { ignore, rowsSelector: ROWS },
  );
}

/** Opens `path` and waits until React has taken over the first element `hydrated` names. */
async function redrawsAfterLoad(page: Page, path: string, hydrated: string) {
  await page.goto(path);
  await expect
    .poll(() => page.evaluate((selector) => (window as unknown as Watch).__hydrated(selector), hydrated), {
      message: `${path}: ${hydrated} hydrated`,
    })
    .toBe(true);
  // Long enough for effects after hydration, and short of the list's 30 s clock tick.
  await page.waitForTimeout(1_500);
  return page.evaluate(() => (window as unknown as Watch).__redraws);
}

// Each page, with an element that shows it is hydrated: its rows, or its form.
const FORM = "main form textarea";

async function expectDrawnOnce(page: Page, request: APIRequestContext) {
  test.setTimeout(90_000); // a sign-in and seven pages, each watched for 1.5 s, on a busy machine
  const { leadId, customerId } = await createLead(request, { ownerEmail: users.sales });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await watchRedraws(page);
  const pages = [
    ["/leads", ROWS],
    ["/customers", ROWS],
    ["/leads/board", ROWS],
    [`/leads/${leadId}`, FORM],
    [`/customers/${customerId}`, FORM],
    ["/agenda", ROWS],
    ["/notifications", ROWS],
  ] as const;
  for (const [path, hydrated] of pages) {
    const seen = await redrawsAfterLoad(page, path, hydrated);
    if (hydrated !== FORM) expect(seen.rows, `${path}: rows hydrated`).toBeGreaterThan(0);
    expect(seen.redrawn, `${path}: elements drawn again after hydration`).toBe(0);
  }
}

test("pages draw their rows and forms once", async ({ page, request }) => {
  await expectDrawnOnce(page, request);
});

test("the dashboard draws its tabs and charts' placeholders once", async ({ page }) => {
  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  // A chart is drawn after hydration, when it nears the screen, in a box hidden from screen readers
  // (components/dashboard/lazy-plot.tsx): what it replaces is a placeholder, not the page.
  await watchRedraws(page, '[aria-hidden="true"]');
  const seen = await redrawsAfterLoad(page, "/dashboard", '[role="tab"]');
  expect(seen.redrawn, "/dashboard: elements drawn again after hydration").toBe(0);
});

test.describe("on a phone", () => {
  // A phone's browser says so, and the server sends it the cards rather than the table.
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    userAgent: devices["Pixel 7"].userAgent,
  });

  test("pages draw their cards and forms once", async ({ page, request }) => {
    await expectDrawnOnce(page, request);
  });
});
