import { describe, expect, it } from "vitest";
import { installBanner } from "./start-banner.mjs";

const setup = { embedded: true, secretSet: true, url: "https://crm.firma.no" };

describe("the start banner", () => {
  it("says loudly that a demo install is one, with its shared password", () => {
    const text = installBanner({ demo: true, managers: 1 }, setup);
    expect(text).toMatch(/THIS IS A DEMO INSTALL/);
    expect(text).toContain("reise-demo");
  });

  it("shows no demo login in a production install, and how to make the first manager while none can sign in", () => {
    const none = installBanner({ demo: false, managers: 0 }, setup);
    expect(none).not.toMatch(/reise-demo|@reise\.test|DEMO/);
    expect(none).toContain('npm run create-manager -- --email you@example.com --name "Your Name"');
    expect(none).toContain("stop this server first");
    expect(installBanner({ demo: false, managers: 0 }, { ...setup, embedded: false })).not.toContain(
      "stop this server",
    );
    const some = installBanner({ demo: false, managers: 2 }, setup);
    expect(some).toContain("2 manager(s) can sign in");
    expect(some).not.toMatch(/create-manager|reise-demo/);
  });

  it("warns a production install about a generated secret and plain http", () => {
    const text = installBanner(
      { demo: false, managers: 1 },
      { embedded: true, secretSet: false, url: "http://crm.firma.no" },
    );
    expect(text).toMatch(/NEXTAUTH_SECRET is not set/);
    expect(text).toMatch(/NEXTAUTH_URL is http:\/\/crm\.firma\.no: serve it over https/);
    expect(installBanner({ demo: false, managers: 1 }, { ...setup, url: "http://localhost:3000" })).not.toMatch(
      /https/,
    );
  });
});
