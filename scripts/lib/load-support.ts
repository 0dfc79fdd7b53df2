// Helpers of scripts/load.ts: the server it runs, the session it signs in
// with, and the id Next gave logFollowUpAction in this build.
import { spawn } from "node:child_process";
import fs from "node:fs";

/**
 * One app instance (scripts/start.mjs in a process group of its own). `reset` wipes and reseeds the
 * database first (the first instance of a run); `publicUrl` is the address users reach (the load
 * balancer's, when there is one). Every instance gets the same secret, as the README asks.
 */
export async function startServer(
  port: number,
  extraEnv: Record<string, string>,
  { reset = true, publicUrl = `http://127.0.0.1:${port}` }: { reset?: boolean; publicUrl?: string } = {},
) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      ...extraEnv,
      PORT: String(port),
      NEXTAUTH_URL: publicUrl,
      NEXTAUTH_SECRET: "load-test-only-secret-not-for-production",
      REISE_RESET_DB: reset ? "1" : "0",
      REISE_TEST_BUILD: "1",
      REISE_HIDE_DEMO_HINT: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the server stopped while starting; see above");
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the server did not start within 10 minutes");
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    port,
    /** Kills the instance and everything it started at once (SIGKILL), as a crashed machine would. */
    kill() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
    /** Stops the server and everything it started (its own process group), and waits for it. */
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    },
  };
}

/** Signs in through next-auth's own endpoints, as the login form does; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return session;
}

/** Server action ids change with every build; the build's manifest names them. */
export function logFollowUpActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next-test/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, v]) => v.filename === "server/leads/actions.ts" && v.exportedName === "logFollowUpAction",
  )?.[0];
  if (!id)
    throw new Error(
      "logFollowUpAction is not in .next-test/server/server-reference-manifest.json; is the build current?",
    );
  return id;
}
