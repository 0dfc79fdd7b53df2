import { describe, expect, it } from "vitest";
import { installBanner, readyBanner } from "./start-banner.mjs";

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
    expect(some).toContain("2 managers can sign in");
    expect(installBanner({ demo: false, managers: 1 }, setup)).toContain("1 manager can sign in");
    expect(some).not.toMatch(/create-manager|reise-demo/);
  });

  it("says so when a manager was created but has not chosen a password yet, instead of asking for a new one", () => {
    const text = installBanner({ demo: false, managers: 0, pendingManagers: 1 }, setup);
    expect(text).toMatch(/1 manager has not chosen a password yet/);
    expect(text).toMatch(/open the link `npm run create-manager` printed/);
    expect(text).not.toContain("Create the first one");
  });

  it("names the port it listens on when the public address is another, and the outbox only without SMTP", () => {
    const ready = { seconds: 8, database: "postgres", port: 3401, outbox: "data/outbox/" };
    const behindProxy = readyBanner(
      { ...ready, url: "https://crm.firma.no", smtp: true },
      { demo: false, managers: 1 },
      setup,
    );
    expect(behindProxy).toContain("Reise is listening on port 3401 (public address https://crm.firma.no)");
    expect(behindProxy).not.toMatch(/SMTP_URL|outbox/);
    const local = readyBanner(
      { ...ready, port: 3000, url: "http://localhost:3000", smtp: false },
      { demo: true, managers: 1 },
      setup,
    );
    expect(local).toContain("Reise is running at http://localhost:3000  (started in 8 s, database: postgres)");
    expect(local).toContain("Without SMTP_URL, sign-in links are printed here and written to data/outbox/.");
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
