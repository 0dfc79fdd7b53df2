// npm run load -- [--users 50] [--duration 5m] [--port 3390] [--customers 400]
//                  [--instances 2 --kill-after 150s]
//
// Load and integrity run on this machine only: starts its own production
// server on 127.0.0.1 (a fresh embedded database in data/load-<port>, or the
// PostgreSQL in DATABASE_URL, which is WIPED), signs in N sales users of its
// own, and has each one read a lead page and log a follow-up on it, over and
// over, for the duration (one request after another per user). It reports
// throughput, latency percentiles and errors, stops the server, and checks the
// database: every follow-up the server acknowledged is there exactly once.
// With --instances 2 (PostgreSQL only) it starts two instances of one build on
// ports port+1 and port+2 and Debian's nginx on the port as their load
// balancer, and runs the users through nginx; --kill-after kills one instance
// (SIGKILL) that far into the run, and the check is the same: nothing
// acknowledged is lost or written twice. scripts/two-instances.sh does it all.
// Bounded: at most 200 users and 30 minutes; nothing leaves the loopback.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDbConfig } from "@/server/db/config";
import { openSqlClient } from "@/server/db/sql";
import { signIn, startServer, logFollowUpActionId } from "./lib/load-support";
import { startNginx } from "./lib/nginx-balancer";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "50" },
    duration: { type: "string", default: "5m" },
    port: { type: "string", default: "3390" },
    customers: { type: "string", default: "400" },
    instances: { type: "string", default: "1" },
    "kill-after": { type: "string" },
  },
});
const users = Math.min(200, Math.max(1, Number(values.users)));
const durationS = Math.min(30 * 60, Math.max(5, parseDuration(values.duration!)));
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const instances = Math.min(4, Math.max(1, Number(values.instances)));
const killAfterS = values["kill-after"] ? parseDuration(values["kill-after"]) : null;
if (instances > 1 && !process.env.DATABASE_URL) {
  console.error("reise: --instances needs PostgreSQL (DATABASE_URL): the embedded database serves one instance.");
  process.exit(2);
}
if (killAfterS !== null && (instances < 2 || killAfterS >= durationS)) {
  console.error("reise: --kill-after needs --instances 2 or more and a time inside the run's duration.");
  process.exit(2);
}
const password = "load-test-password";

function parseDuration(text: string): number {
  const m = /^(\d+)(s|m)?$/.exec(text.trim());
  if (!m) throw new Error(`--duration: write e.g. 30s or 5m, not "${text}"`);
  return Number(m[1]) * (m[2] === "m" ? 60 : 1);
}

const dataDir = path.resolve(`data/load-${port}`);
const env = { REISE_DATA_DIR: path.join(dataDir, "pglite"), REISE_OUTBOX_DIR: path.join(dataDir, "outbox") };
console.log(
  `Load: ${users} sales users for ${durationS} s against ${base} (${process.env.DATABASE_URL ? "PostgreSQL, wiped first" : `embedded database in ${dataDir}`}${instances > 1 ? `, ${instances} instances behind nginx` : ""})`,
);
const seedEnv = { ...env, REISE_SEED_CUSTOMERS: values.customers! };
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
let balancer: Awaited<ReturnType<typeof startNginx>> | null = null;
if (instances === 1) servers.push(await startServer(port, seedEnv));
else {
  // The first instance builds (if needed), wipes and seeds; the others start on the same build and data.
  for (let i = 1; i <= instances; i++)
    servers.push(await startServer(port + i, seedEnv, { reset: i === 1, publicUrl: base }));
  balancer = await startNginx(
    dataDir,
    port,
    servers.map((s) => s.port),
  );
  console.log(`nginx on ${base} → ${servers.map((s) => `127.0.0.1:${s.port}`).join(", ")}`);
}
const actionId = logFollowUpActionId();

type Ack = { key: string; followUpId: string };
type Agent = { cookie: string; leads: string[]; versions: Map<string, number> };
type Reply = { status: number; body: string } | { failed: "connection error" | "timeout" };
const tally = { requests: 0, errors: 0, timeouts: 0, non2xx: 0 };
const acks: Ack[] = [];
const timings: { kind: "read" | "write"; ms: number }[] = [];
// The follow-ups that got no acknowledgment: the check counts how many were stored all the same.
const refusedKeys: string[] = [];
let firstRefusal = "";
// Why follow-ups were not acknowledged, and when (seconds into the run), to tell a killed instance
// from a conflict or a failure.
const refusals = new Map<string, number[]>();
let runStarted = 0;

try {
  // Users and leads of their own, through the test-only fixture endpoint, a few at a time: this is
  // setup, not the load under test, and 200 users at once would only queue for connections.
  const agents: Agent[] = [];
  for (let from = 0; from < users; from += 5) {
    const batch = Array.from({ length: Math.min(5, users - from) }, (_, k) => from + k);
    agents.push(
      ...(await Promise.all(
        batch.map(async (i) => {
          const user = await post("/api/e2e/fixtures", { kind: "staff", password });
          const leads = [];
          for (let n = 0; n < 3; n++)
            leads.push(
              await post("/api/e2e/fixtures", { kind: "lead", ownerEmail: user.email, waitingMinutes: 30 + i }),
            );
          return {
            cookie: await signIn(base, user.email, password),
            leads: leads.map((l) => l.leadId as string),
            versions: new Map<string, number>(),
          };
        }),
      )),
    );
  }
  console.log(`Signed in ${agents.length} users; running…`);

  const started = Date.now();
  runStarted = started;
  const killer =
    killAfterS === null
      ? null
      : setTimeout(() => {
          const victim = servers[servers.length - 1];
          console.log(`${killAfterS} s in: killing the instance on port ${victim.port} (SIGKILL)`);
          victim.kill();
        }, killAfterS * 1000);
  // Each user reads a lead page, then logs a follow-up on it, one request after the other (over
  // fetch's shared keep-alive pool), until the time is up. Written as a loop rather than with
  // autocannon's request sequences: when the killed instance dropped a connection, autocannon sent
  // the next request before the lost one's turn was over and then paired every later response with
  // the request before it, so each follow-up "received" the lead page and was not counted.
  const until = started + durationS * 1000;
  await Promise.all(agents.map((agent) => work(agent, until)));
  if (killer) clearTimeout(killer);
  const elapsed = (Date.now() - started) / 1000;
  report(elapsed);
} finally {
  await balancer?.stop();
  await Promise.all(servers.map((s) => s.stop()));
}

await verify();

/** One request, timed; a connection that fails or a reply slower than 30 s is counted, not thrown. */
async function timed(kind: "read" | "write", pathname: string, init: RequestInit): Promise<Reply> {
  const sentAt = performance.now();
  tally.requests++;
  try {
    const response = await fetch(`${base}${pathname}`, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    timings.push({ kind, ms: performance.now() - sentAt });
    if (response.status < 200 || response.status > 299) tally.non2xx++;
    return { status: response.status, body };
  } catch (error) {
    const timeout = (error as Error).name === "TimeoutError";
    if (timeout) tally.timeouts++;
    else tally.errors++;
    return { failed: timeout ? "timeout" : "connection error" };
  }
}

async function work(agent: Agent, until: number) {
  for (let turn = 0; Date.now() < until; turn++) {
    const lead = agent.leads[turn % agent.leads.length];
    const page = await timed("read", `/leads/${lead}`, { headers: { cookie: agent.cookie } });
    const version = "body" in page && page.status === 200 ? /name="version" value="(\d+)"/.exec(page.body)?.[1] : null;
    if (version) agent.versions.set(lead, Number(version));
    if (Date.now() >= until) break;

    const key = crypto.randomUUID();
    const { body, contentType } = followUpBody(lead, agent.versions.get(lead) ?? 0, key);
    const reply = await timed("write", `/leads/${lead}`, {
      method: "POST",
      body,
      headers: {
        cookie: agent.cookie,
        "next-action": actionId,
        "content-type": contentType,
        accept: "text/x-component",
        origin: base,
      },
    });
    const id = "body" in reply ? /"followUpId":"([0-9a-f-]{36})"/.exec(reply.body)?.[1] : undefined;
    if ("body" in reply && reply.status === 200 && id && /"ok":true/.test(reply.body)) {
      acks.push({ key, followUpId: id });
      continue;
    }
    refusedKeys.push(key);
    const why =
      "failed" in reply
        ? reply.failed
        : /"ok":false/.test(reply.body)
          ? `${reply.status} refused: ${/"message":"([^"]{0,80})/.exec(reply.body)?.[1] ?? "no message"}`
          : `${reply.status} ${/<title>([^<]{0,80})/.exec(reply.body)?.[1] ?? reply.body.slice(0, 40)}`;
    firstRefusal ||= "body" in reply ? `${reply.status} ${reply.body.slice(0, 600)}` : reply.failed;
    const at = refusals.get(why) ?? [];
    at.push(Math.round((Date.now() - runStarted) / 1000));
    refusals.set(why, at);
    // A server that fails at once would otherwise be asked again as fast as the loop can go.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function post(route: string, data: unknown) {
  const response = await fetch(`${base}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(data),
  });
  if (response.status !== 201) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The multipart body React sends for logFollowUpAction(previousState = null, formData). */
function followUpBody(leadId: string, version: number, idempotencyKey: string) {
  const boundary = `----reise${crypto.randomUUID().replaceAll("-", "")}`;
  const fields: [string, string][] = [
    ["_1_leadId", leadId],
    ["_1_version", String(version)],
    ["_1_idempotencyKey", idempotencyKey],
    ["_1_type", "CALL"],
    ["_1_outcome", "REACHED"],
    ["_1_note", "Load test: ringte kunden"],
    ["_1_nextFollowUpAt", ""],
    ["_1_stage", ""],
    ["0", '[null,"$K1"]'],
  ];
  const body =
    fields
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function report(elapsed: number) {
  console.log(
    `\n${tally.requests} requests in ${elapsed.toFixed(0)} s: ${(tally.requests / elapsed).toFixed(1)} requests/s`,
  );
  for (const kind of ["read", "write"] as const) {
    const ms = timings
      .filter((t) => t.kind === kind)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    console.log(
      `  ${kind === "read" ? "lead page " : "follow-up "} ${ms.length} · p50 ${percentile(ms, 50).toFixed(0)} ms · p95 ${percentile(ms, 95).toFixed(0)} ms · p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
  }
  console.log(
    `  errors: ${tally.errors} connection errors, ${tally.timeouts} timeouts, ${tally.non2xx} non-2xx, ${refusedKeys.length} follow-ups not acknowledged`,
  );
  console.log(`  acknowledged follow-ups: ${acks.length}`);
  for (const [why, at] of refusals)
    console.log(
      `  not acknowledged: ${at.length} × ${why} (at ${at.slice(0, 12).join(", ")}${at.length > 12 ? ", …" : ""} s)`,
    );
  if (firstRefusal && process.env.REISE_LOAD_VERBOSE)
    console.log(`  first follow-up not acknowledged: ${firstRefusal}`);
}

async function verify() {
  const sql = await openSqlClient(resolveDbConfig({ ...process.env, ...env }), "load check");
  try {
    const rows = await sql.query<{ key: string; id: string; n: number }>(
      `SELECT "idempotencyKey" AS key, min(id::text) AS id, count(*)::int AS n FROM "FollowUp" WHERE "idempotencyKey" = ANY($1) GROUP BY 1`,
      [acks.map((a) => a.key)],
    );
    const found = new Map(rows.map((r) => [r.key, r]));
    const missing = acks.filter((a) => !found.has(a.key));
    const twice = rows.filter((r) => r.n !== 1);
    const wrong = acks.filter((a) => found.get(a.key) && found.get(a.key)!.id !== a.followUpId);
    // No acknowledged write at all means the run tested nothing: that is a failure too.
    const ok = acks.length > 0 && missing.length === 0 && twice.length === 0 && wrong.length === 0;
    console.log(
      `Integrity: ${acks.length} acknowledged, ${rows.length} found, ${missing.length} missing, ${twice.length} duplicated, ${wrong.length} with another id — ${ok ? "OK" : "FAILED"}`,
    );
    if (!ok) process.exitCode = 1;
    if (refusedKeys.length) {
      // A reply lost with its instance may follow a write that was made: the user sees an error and
      // saves again, and the idempotency key keeps that second save from writing twice.
      const stored = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "FollowUp" WHERE "idempotencyKey" = ANY($1)`,
        [refusedKeys],
      );
      console.log(`Not acknowledged: ${refusedKeys.length}, of which stored all the same: ${stored[0]?.n ?? 0}`);
    }
  } finally {
    await sql.close();
  }
  if (!process.env.DATABASE_URL) fs.rmSync(dataDir, { recursive: true, force: true });
}
