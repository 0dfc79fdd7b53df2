// A signed-in HTTP client for the benchmark: signs in through the real
// next-auth flows (CSRF token, then the credentials callback for staff or the
// emailed link for customers) and keeps the cookies, like a browser would.
import fs from "node:fs";
import path from "node:path";

export class HttpSession {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The session's cookies as a Cookie header, for a browser audit (Lighthouse) of the same session. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** One request; redirects are not followed, so a 302 to /login shows as such. */
  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await fetch(new URL(pathname, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }

  /** GET a page and read the whole body: the time includes streaming every chunk. */
  async load(pathname: string): Promise<{ status: number; ms: number; location: string | null; bytes: number }> {
    const start = performance.now();
    const res = await this.request(pathname);
    const body = await res.arrayBuffer();
    return {
      status: res.status,
      ms: performance.now() - start,
      location: res.headers.get("location"),
      bytes: body.byteLength,
    };
  }

  private async csrfToken(): Promise<string> {
    const res = await this.request("/api/auth/csrf");
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  private async postForm(pathname: string, form: Record<string, string>) {
    const res = await this.request(pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
    await res.arrayBuffer();
    return res;
  }

  async signInStaff(email: string, password: string) {
    await this.postForm("/api/auth/callback/credentials", {
      csrfToken: await this.csrfToken(),
      email,
      password,
      callbackUrl: "/",
    });
    await this.assertSignedIn(email);
  }

  /** Asks for a magic link, takes it from the outbox (REISE_OUTBOX_DIR) and opens it. */
  async signInCustomer(email: string, outboxDir: string) {
    const since = Date.now();
    await this.postForm("/api/auth/signin/email", { csrfToken: await this.csrfToken(), email, callbackUrl: "/" });
    const link = await waitForLink(outboxDir, email, since);
    const url = new URL(link);
    const res = await this.request(url.pathname + url.search);
    await res.arrayBuffer();
    await this.assertSignedIn(email);
  }

  private async assertSignedIn(email: string) {
    const res = await this.request("/api/auth/session");
    const body = (await res.json()) as { user?: { email?: string } };
    if (body.user?.email !== email) throw new Error(`signing in as ${email} failed (session: ${JSON.stringify(body)})`);
  }
}

async function waitForLink(outboxDir: string, email: string, since: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const files = fs.existsSync(outboxDir)
      ? fs
          .readdirSync(outboxDir)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .reverse()
      : [];
    for (const file of files) {
      // Written since the request, by the file's own time: the mail's sentAt is the server's clock,
      // which a reused dataset pins to when it was seeded (dataset-clock.ts).
      if (fs.statSync(path.join(outboxDir, file)).mtimeMs < since - 1000) continue;
      let mail: { to: string; text: string };
      try {
        mail = JSON.parse(fs.readFileSync(path.join(outboxDir, file), "utf8"));
      } catch {
        continue; // still being written: read again on the next pass
      }
      if (mail.to !== email) continue;
      const link = mail.text.match(/https?:\/\/\S+/)?.[0];
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sign-in link for ${email} in ${outboxDir}`);
}
