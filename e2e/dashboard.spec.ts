import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";

// The manager's dashboard and a sales rep's own version of it, through the real
// login. Numbers come from the seeded demo data, so the tests compare ranges and
// roles rather than expect fixed values.

// Several page loads, range changes and two layout checks per test: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

async function funnelReached(page: Page, stage: string): Promise<number> {
  const funnel = page.getByTestId("chart-funnel");
  await funnel.getByText("Show as table").click();
  const cell = funnel.getByTestId(`funnel-row-${stage}`).getByTestId("reached");
  return Number((await cell.innerText()).replace(/\D/g, ""));
}

/** The dashboard's own controls (tabs in the charts carry similar names). */
const control = (page: Page, label: string) =>
  page.getByRole("form", { name: "Dashboard filters" }).getByLabel(label, { exact: true });

test.describe("the manager's dashboard", () => {
  test("changing the date range updates the charts; a funnel step opens the matching lead list", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 2, name: "Journey funnel" })).toBeVisible();
    const last90 = await funnelReached(page, "NEW");
    expect(last90).toBeGreaterThan(0);
    await expectFitsDesktopAndPhone(page);

    await control(page, "Date range").selectOption("30d");
    await expect(page).toHaveURL(/\/dashboard\?range=30d$/);
    const last30 = await funnelReached(page, "NEW");
    expect(last30).toBeGreaterThan(0);
    expect(last30).toBeLessThan(last90);

    await control(page, "Date range").selectOption("12m");
    await expect(page).toHaveURL(/range=12m/);
    expect(await funnelReached(page, "NEW")).toBeGreaterThan(last90);

    // A channel narrows the numbers, and the click-through carries it to the lead list.
    await control(page, "Channel").selectOption("CHAT");
    await expect(page).toHaveURL(/range=12m&channel=CHAT/);
    await page.getByTestId("chart-funnel").getByText("Show as table").click();
    await page.getByTestId("funnel-row-NEW").getByRole("link", { name: "New" }).click();
    await expect(page).toHaveURL(/\/leads\?view=all&channel=CHAT&outcome=all&from=[^&]+&to=[^&]+$/);
  });

  test("a table opened before the page's script has loaded is drawn once it has", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    // Hold the page's scripts back, as a slow phone would, and open the funnel's table meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/dashboard", { waitUntil: "commit" });
    const funnel = page.getByTestId("chart-funnel");
    await funnel.getByText("Show as table").click();
    await expect(funnel.locator("details[open]")).toHaveCount(1);
    release();
    await expect(funnel.getByTestId("funnel-row-NEW").getByTestId("reached")).toHaveText(/\d/);
  });

  test("each card links to how its numbers are counted, and back", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await page.getByTestId("chart-speed").getByRole("link", { name: "How these numbers are counted" }).click();
    await expect(page).toHaveURL(/\/dashboard\/definitions#speed$/);
    await expect(page.getByRole("heading", { level: 1, name: "How the dashboard counts" })).toBeVisible();
    const speed = page.getByRole("region", { name: "Speed to lead" });
    await expect(speed.getByRole("term")).toContainText(["Median first response", "Answered within SLA"]);
    await expect(speed.getByRole("definition").first()).toContainText("Counts:");
    await expect(speed).toBeInViewport();
    await expectFitsDesktopAndPhone(page);
    await page.getByRole("link", { name: "← Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("the rep breakdown lists every rep, and a bad URL still renders", async ({ page }) => {
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await page.goto("/dashboard?range=custom&from=2026-02-31&to=yesterday&window=-4&rep=nobody&channel=FAX");
    await expect(page.getByRole("heading", { level: 2, name: "Journey funnel" })).toBeVisible();
    await expect(control(page, "Date range")).toHaveValue("90d");
    const speed = page.getByTestId("chart-speed");
    await speed.getByRole("tab", { name: "By rep" }).click();
    // The tabs' keys: ← and → move between tabs and show them; Home and End go to the ends.
    await page.keyboard.press("ArrowLeft");
    await expect(speed.getByRole("tab", { selected: true })).not.toHaveText("By rep");
    await expect(speed.getByRole("tab", { selected: true })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(speed.getByRole("tab", { name: "By rep" })).toHaveAttribute("aria-selected", "true");
    await expect(speed.getByRole("tabpanel")).toHaveCount(1);
    await speed.getByRole("tabpanel").getByText("Show as table").click();
    // The table is drawn once it is opened: wait for its rows rather than read them at once.
    const reps = page.getByTestId("speed-reps").getByRole("row");
    await expect(reps.filter({ hasText: "Magnus Berg" })).toHaveCount(1);
    await expect(reps.filter({ hasText: "Mette Kjær" })).toHaveCount(1);
    expect(await reps.count()).toBeGreaterThan(2);
  });
});

test.describe("the dashboard's filters", () => {
  test("come back when the dashboard is opened again, and a backwards range says what is shown", async ({ page }) => {
    // Seven page loads on a loaded machine.
    test.setTimeout(180_000);
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await control(page, "Date range").selectOption("12m");
    await expect(page).toHaveURL(/\/dashboard\?range=12m$/, { timeout: 30_000 });
    await control(page, "Channel").selectOption("CHAT");
    await expect(page).toHaveURL(/range=12m&channel=CHAT$/, { timeout: 30_000 });
    // Away to the leads and back through the sidebar: the same view, in the URL.
    await page.goto("/leads");
    await page.getByRole("link", { name: "Dashboard", exact: true }).first().click();
    await expect(page).toHaveURL(/\/dashboard\?range=12m&channel=CHAT$/, { timeout: 30_000 });
    await expect(control(page, "Date range")).toHaveValue("12m");
    // Back to the defaults: the next visit starts from them.
    await control(page, "Date range").selectOption("90d");
    await control(page, "Channel").selectOption("");
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    // A custom range that ends before it starts is not silently replaced.
    await page.goto("/dashboard?range=custom&from=2026-05-31&to=2026-05-01");
    await expect(page.getByRole("status").filter({ hasText: "before the start date" })).toContainText(
      "the last 90 days are shown instead",
    );
    await expect(control(page, "Date range")).toHaveValue("90d");
  });
});

test.describe("a sales rep's dashboard", () => {
  test("shows only their own numbers, whatever the URL asks for", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // The manager sees the whole team for the last 12 months, and knows the other rep's id.
    const manager = await browser.newPage();
    await signInAsStaff(manager, users.manager);
    await expect(manager).toHaveURL(/\/dashboard$/, { timeout: 60_000 });
    await manager.goto("/dashboard?range=12m");
    const team = await funnelReached(manager, "NEW");
    // The rep field finds a rep by name (a group has some 200), and the pick filters the charts.
    const repField = control(manager, "Rep");
    await expect(repField).toHaveAttribute("placeholder", "All reps");
    await expect(manager.getByTestId("dashboard-rep")).toHaveAttribute("data-ready", "true");
    await repField.fill("mette");
    await manager.getByRole("option", { name: /Mette Kjær/ }).click();
    await expect(manager).toHaveURL(/[?&]rep=[0-9a-f-]{36}/);
    const mette = new URL(manager.url()).searchParams.get("rep");
    await expect(control(manager, "Rep")).toHaveValue("Mette Kjær");
    expect(await funnelReached(manager, "NEW")).toBeLessThan(team);
    await manager.reload();
    await expect(control(manager, "Rep")).toHaveValue("Mette Kjær");
    await manager.close();

    await signInAsStaff(page, users.sales);
    await expect(page).toHaveURL(/\/leads/);
    await page.goto("/dashboard?range=12m");
    await expect(page.getByText("Your own numbers")).toBeVisible();
    await expect(control(page, "Rep")).toHaveCount(0);
    await expect(control(page, "Team")).toHaveCount(0);
    const own = await funnelReached(page, "NEW");
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(team);

    const speed = page.getByTestId("chart-speed");
    await speed.getByRole("tab", { name: "By rep" }).click();
    await speed.getByRole("tabpanel").getByText("Show as table").click();
    const rows = page.getByTestId("speed-reps").getByRole("row");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Magnus Berg");
    await expectFitsDesktopAndPhone(page);

    // Asking for the other rep's numbers in the URL still shows one's own. Tests running alongside
    // create leads for this rep, so the two counts are read back to back, and again if one moved.
    await expect
      .poll(
        async () => {
          await page.goto(`/dashboard?range=12m&rep=${mette}`);
          const asked = await funnelReached(page, "NEW");
          await page.goto("/dashboard?range=12m");
          return asked === (await funnelReached(page, "NEW"));
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await page.goto(`/dashboard?range=12m&rep=${mette}`);
    await expect(page.getByText("Your own numbers")).toBeVisible();
    await expect(page.getByText("Mette Kjær")).toHaveCount(0);
  });
});
