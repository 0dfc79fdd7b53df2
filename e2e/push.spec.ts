import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";
import { BASE_URL } from "./fixtures/env";
import { expectFitsDesktopAndPhone } from "./fixtures/layout";
import { browserKeys, startFakePushService } from "../test/push/fake-push-service";

// Push on this device, in a real Chromium through the real login. Headless Chromium reaches no
// push service (PushManager.subscribe needs Google's), so the one leg it cannot walk is stood in
// for: a stand-in PushManager hands the page a subscription whose endpoint is a fake push service
// in this test process. Everything else is real: the account page's states, the action saving
// the subscription, the server's job signing and encrypting the test message, the service worker
// showing the pushed message (delivered through the DevTools protocol, as a push service would),
// and the worker's tap handler opening the page. Not covered: a real push service's delivery,
// and the operating system's own click on the notification (the handler is called in its stead).

async function signInAsNewRep(page: Page) {
  // A team of the rep's own: in the demo's sales team, the leads that parallel specs route there
  // reach this rep too, and their notifications are pushed to the device under test (a CI run once
  // counted such a push as a second delivery of the test message).
  const rep = await createStaffUser(page.request, {
    password: DEMO_PASSWORD,
    roundTheClockTeam: `Push e2e ${crypto.randomUUID().slice(0, 8)}`,
  });
  await signInAsStaff(page, rep.email);
  await expect(page).toHaveURL(/\/leads$/);
  return rep;
}

async function setNotificationPermission(
  context: BrowserContext,
  page: Page,
  setting: "granted" | "denied" | "prompt",
) {
  // Playwright grants but cannot deny; the DevTools protocol does both, for this page's own context.
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send("Target.getTargetInfo");
  await cdp.send("Browser.setPermission", {
    permission: { name: "notifications" },
    setting,
    origin: BASE_URL,
    browserContextId: targetInfo.browserContextId,
  });
  // Left attached: Chromium drops a session's permission overrides when it detaches.
}

test.describe("push notifications on this device", () => {
  test("the account page says what the browser allows and what to do", async ({ page, context }) => {
    await signInAsNewRep(page);
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Notifications" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 2, name: "Notifications on this device" })).toBeVisible();
    await expect(page.getByText("Off for this device")).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn on" })).toBeVisible();
    await expectFitsDesktopAndPhone(page);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
      [],
    );

    await setNotificationPermission(context, page, "denied");
    await page.reload();
    await expect(page.getByText("Notifications are blocked for Reise in this browser.")).toBeVisible();
    await expect(page.getByText(/set Notifications to Allow/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn on" })).toHaveCount(0);

    // Granted, but no push service to be had (headless): the real subscribe fails, and says so.
    await setNotificationPermission(context, page, "granted");
    await page.reload();
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByText("The browser could not set up push notifications.", { exact: false })).toBeVisible();
    await expect(page.getByText("Off for this device")).toBeVisible();
  });

  test("the app's manifest, icons and worker load without a session, and the page names the manifest", async ({
    page,
    request,
  }) => {
    const manifest = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
    expect(manifest.status()).toBe(200);
    const app = await manifest.json();
    expect(app).toMatchObject({ name: "Reise", start_url: "/leads", display: "standalone" });
    for (const icon of app.icons as { src: string; sizes: string }[]) {
      const png = await request.get(icon.src, { maxRedirects: 0 });
      expect(png.status(), icon.src).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
    }
    expect(app.icons.map((i: { purpose: string }) => i.purpose)).toContain("maskable");
    // The worker is fetched for updates with no page around it: never a redirect to the login.
    const worker = await request.get("/sw.js", { maxRedirects: 0 });
    expect(worker.status()).toBe(200);
    expect(worker.headers()["content-type"]).toMatch(/javascript/);
    expect(worker.headers()["cache-control"]).toContain("no-cache");
    expect(await worker.text()).toContain('addEventListener("push"');
    await page.goto("/login");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  });

  test("a browser without push is told how to get it", async ({ page }) => {
    await signInAsNewRep(page);
    await page.addInitScript(() => delete (window as { PushManager?: unknown }).PushManager);
    await page.goto("/account");
    await expect(page.getByText(/This browser cannot receive push notifications/)).toBeVisible();
  });

  test("a test message travels from the server to a notification that opens its page", async ({ page, context }) => {
    // Its waits can add up past the default 30 s on a loaded run: a sign-in, the job (behind other
    // specs' jobs), and Chromium handing the push to its worker (up to 25 s). It takes 13–16 s in a
    // full clean-clone run; one such run on PostgreSQL failed it without saying at which step, so
    // the polls now name what they wait for.
    test.setTimeout(75_000);
    const service = await startFakePushService();
    try {
      const keys = browserKeys();
      const endpoint = service.endpoint(`/e2e/${crypto.randomUUID()}`);
      await signInAsNewRep(page);
      await setNotificationPermission(context, page, "granted");
      await standInPushManager(page, { endpoint, p256dh: keys.p256dh, auth: keys.auth });
      await page.goto("/account");
      await expect(page.getByText("Off for this device")).toBeVisible();

      const worker = context.waitForEvent("serviceworker");
      await page.getByRole("button", { name: "Turn on" }).click();
      await expect(page.getByText("On for this device")).toBeVisible();
      const sw = await worker;

      // The state holds on a new visit: the server knows this device's subscription is this user's.
      await page.reload();
      await expect(page.getByText("On for this device")).toBeVisible();

      await page.getByRole("button", { name: "Send a test notification" }).click();
      await expect(page.getByText("Sent. It should arrive within a few seconds.")).toBeVisible();
      await expect
        .poll(() => service.received.length, { message: "the push service got the test message", timeout: 20_000 })
        .toBe(1);
      const pushed = keys.decrypt(service.received[0].body);
      expect(JSON.parse(pushed)).toEqual({
        title: "Reise",
        body: "Test notification: push works on this device.",
        tag: "reise-test",
        url: "/account",
      });

      // Away from the page, then the push arrives as the push service would hand it to Chromium.
      await page.goto("/leads");
      await deliverPush(context, page, pushed);
      const shown = () =>
        sw.evaluate(async () =>
          (await (self as unknown as WorkerScope).registration.getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
            tag: n.tag,
            url: n.data?.url,
          })),
        );
      // Chromium hands the push to the worker on its own schedule (it may first start the worker
      // again); on a loaded clean-clone run that took longer than the default 10 s once.
      await expect
        .poll(shown, { message: "the worker showed the pushed notification", timeout: 25_000 })
        .toEqual([
          { title: "Reise", body: "Test notification: push works on this device.", tag: "reise-test", url: "/account" },
        ]);

      // A tap: the open Reise tab goes to the notification's page, and the notification is gone.
      await sw.evaluate(async () => {
        const scope = self as unknown as WorkerScope;
        const [notification] = await scope.registration.getNotifications();
        await scope.openNotification(notification);
      });
      await expect(page).toHaveURL(/\/account$/);
      await expect.poll(shown).toEqual([]);

      // Still the one delivery, seconds later: the job did not send it again.
      expect(service.received).toHaveLength(1);

      await page.getByRole("button", { name: "Turn off" }).click();
      await expect(page.getByText("Off for this device")).toBeVisible();
    } finally {
      await service.close();
    }
  });
});

/** What the test reaches in public/sw.js's global scope. */
type WorkerScope = {
  registration: ServiceWorkerRegistration;
  openNotification(notification: Notification): Promise<unknown>;
};

/** PushManager as it would be with a push service: subscribe hands back this subscription, kept across reloads. */
async function standInPushManager(page: Page, sub: { endpoint: string; p256dh: string; auth: string }) {
  await page.addInitScript((sub) => {
    const SUBSCRIBED = "e2e-push-subscribed";
    const make = () =>
      ({
        endpoint: sub.endpoint,
        expirationTime: null,
        options: { applicationServerKey: null, userVisibleOnly: true },
        getKey: () => null,
        toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: { p256dh: sub.p256dh, auth: sub.auth } }),
        unsubscribe: async () => (sessionStorage.removeItem(SUBSCRIBED), true),
      }) as unknown as PushSubscription;
    PushManager.prototype.subscribe = async () => (sessionStorage.setItem(SUBSCRIBED, "1"), make());
    PushManager.prototype.getSubscription = async () => (sessionStorage.getItem(SUBSCRIBED) ? make() : null);
  }, sub);
}

/** Hands the worker a push message, as Chromium does with one from its push service. */
async function deliverPush(context: BrowserContext, page: Page, data: string) {
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const mine = registrations.find(
        (r: { scopeURL: string; isDeleted: boolean }) => r.scopeURL === `${BASE_URL}/` && !r.isDeleted,
      );
      if (mine) resolve(mine.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin: BASE_URL, registrationId: await registration, data });
  await cdp.detach();
}
