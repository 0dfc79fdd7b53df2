import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAsStaff, users } from "./fixtures/auth";
import { createStaffUser } from "./fixtures/data";

// The security baseline as a browser sees it: headers and a working CSP,
// throttled sign-in, and session cookies that end when the user signs out.

/** Collects CSP violations: the browser's event and its console report. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test.describe("security headers", () => {
  test("every page carries a nonce-based CSP and the other headers, with a fresh nonce each time", async ({
    request,
  }) => {
    const first = await request.get("/login");
    const second = await request.get("/login");
    const csp = first.headers()["content-security-policy"];
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
    for (const part of [
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(part);
    }
    expect(first.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(first.headers()["permissions-policy"]).toContain("camera=()");
    // Served over plain HTTP here: no HSTS. Behind a TLS proxy it is sent.
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    const behindTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
    // Next puts the nonce on each of its scripts.
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // API answers carry the headers too.
    expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("login, dashboard, lead list and customer list hydrate with no CSP violation", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/login");
    await page.getByRole("tab", { name: "Customer" }).click(); // works only once hydrated
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
    await signInAsStaff(page, users.manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.goto("/leads");
    await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
    await page.goto("/customers");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: /Account menu/ }).click(); // a client component answers
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("sign-in throttling", () => {
  test("after five wrong passwords the form says how long to wait, and the server answers 429", async ({ page }) => {
    const email = `guess-${Date.now()}@reise.test`;
    await page.goto("/login");
    const attempt = async () => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("wrong-password");
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      return response;
    };
    for (let i = 0; i < 5; i++) {
      expect((await attempt()).status()).toBe(401);
      await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    }
    const refused = await attempt();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(
      page.getByRole("alert").filter({ hasText: "Too many sign-in attempts. Try again in 1 minute." }),
    ).toBeVisible();
  });
});

test.describe("sessions", () => {
  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, request }) => {
    const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
    await page.goto("/login");
    await page.getByLabel("Email").fill(rep.email);
    await page.getByLabel("Password").fill("reise-demo");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    const setCookie = (await response.headersArray())
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    const session = setCookie.find((c) => c.startsWith("next-auth.session-token="));
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    // Plain HTTP in this test; with an https NEXTAUTH_URL it is __Secure- and Secure (unit test).
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  test("a copied session cookie stops working once its user signs out", async ({ page, browser, request }) => {
    const rep = await createStaffUser(request, { password: DEMO_PASSWORD });
    await signInAsStaff(page, rep.email);
    await expect(page).toHaveURL(/\/leads$/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token")!;
    expect(cookie.httpOnly).toBe(true);

    const thief = await browser.newContext();
    await thief.addCookies([cookie]);
    const stolen = await thief.newPage();
    await stolen.goto("/leads");
    await expect(stolen.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    await stolen.goto("/leads");
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });
});
