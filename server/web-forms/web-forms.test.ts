import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_CONSENT_SOURCES } from "@/lib/validation/consent-options";
import { webFormSettingsSchema, type WebFormSettings } from "@/lib/validation/web-form";
import { setRoundRobin } from "@/server/routing/setting";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { signFillStart } from "./fill-time";
import { OPT_IN_SOURCE, confirmOptIn, readOptIn } from "./opt-in";
import { createWebForm, setWebFormActive } from "./service";
import { submitWebForm, WEB_FORM_RATE } from "./submit";

// A web form's submission is a signal like the ingest API's (customer, FORM_SUBMISSION touchpoint,
// lead with a running clock, notification to its rep); bots are refused without a trace; and a
// ticked consent is granted only by the e-mailed link, once.

// Tuesday 24 November 2026, 10:15 in Oslo: inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");
const seconds = (n: number) => new Date(NOW.getTime() + n * 1000);
process.env.NEXTAUTH_SECRET ??= "web-form-test-secret";
process.env.NEXTAUTH_URL = "https://crm.firma.no";
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-web-forms-"));
process.env.REISE_OUTBOX_DIR = outbox;
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));

function mailsTo(email: string): { subject: string; text: string }[] {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(`-${email}.json`))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")));
}
const tokenIn = (text: string) => text.match(/https:\/\/crm\.firma\.no\/f\/confirm\/([A-Za-z0-9_-]{43})/)?.[1];

let serial = 0;
const nextAddress = () => `10.0.0.${++serial}`;

describe.each(testDatabases)("web forms on $name", (database) => {
  let w: IngestWorld;
  let slug: string;
  let formId: string;

  const settings = (over: Partial<WebFormSettings> = {}): WebFormSettings =>
    webFormSettingsSchema.parse({
      name: "Prøvekjøring Oslo",
      campaignId: undefined,
      teamId: w.teams.build,
      language: "nb",
      fields: [
        { key: "name", required: true },
        { key: "email", required: true },
        { key: "phone", required: false },
        { key: "city", required: false },
        { key: "message", required: false },
      ],
      consents: [
        { purpose: "MARKETING_EMAIL", text: "Ja, send meg tilbud på e-post." },
        { purpose: "SMS", text: "Ja, send meg tilbud på SMS." },
      ],
      thankYouText: "Takk!",
      ...over,
    });

  /** A person's post: the stamp of a page rendered `startedAgo` seconds before `at`. */
  function post(values: Record<string, string>, { at = seconds(10), startedAgo = 10, formSlug = slug } = {}) {
    const formData = new FormData();
    formData.set("started", signFillStart(formSlug, new Date(at.getTime() - startedAgo * 1000)));
    formData.set("website", "");
    for (const [name, value] of Object.entries(values)) formData.set(name, value);
    return formData;
  }
  const submit = (formData: FormData, at = seconds(10), address = nextAddress()) =>
    submitWebForm(w.db, { slug, formData, address }, at);
  const counts = async () => ({
    customers: await w.db.customer.count(),
    touchpoints: await w.db.touchpoint.count(),
    leads: await w.db.lead.count(),
    optIns: await w.db.webFormOptIn.count(),
    jobs: await w.db.job.count(),
  });

  beforeAll(async () => {
    // One outbox for both engines' runs: each starts from an empty one.
    for (const file of fs.readdirSync(outbox)) fs.rmSync(path.join(outbox, file));
    w = await openIngestWorld(database);
    const created = await createWebForm(w.db, w.manager, settings(), NOW);
    if (!created.ok) throw new Error("could not create the test form");
    ({ slug, id: formId } = created);
  });
  afterAll(async () => w?.close());
  beforeEach(async () => setRoundRobin(w.db, w.manager, { enabled: true }));

  it("turns a submission into a customer, a FORM_SUBMISSION touchpoint, a lead of the form's team and a notification", async () => {
    expect(slug).toMatch(/^provekjoring-oslo-[0-9a-f]{8}$/);
    const outcome = await submit(
      post({
        name: "Kari Nordmann",
        email: "Kari@Eksempel.no",
        city: "Drammen",
        message: "Kan jeg prøvekjøre på lørdag?",
      }),
    );
    expect(outcome).toMatchObject({ status: "accepted", optInId: null });
    if (outcome.status !== "accepted") throw new Error("unreachable");

    const customer = await w.db.customer.findUniqueOrThrow({ where: { id: outcome.customerId } });
    expect(customer).toMatchObject({ name: "Kari Nordmann", email: "kari@eksempel.no", city: "Drammen", locale: "nb" });
    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({ where: { id: outcome.touchpointId } });
    expect(touchpoint).toMatchObject({
      kind: "FORM_SUBMISSION",
      channel: "WEB",
      direction: "INBOUND",
      summary: "Kan jeg prøvekjøre på lørdag?",
      leadId: outcome.leadId,
      occurredAt: seconds(10),
    });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: outcome.leadId! } });
    // The form's team gets it, and its one rep; the clock runs from the submission.
    expect(lead).toMatchObject({
      teamId: w.teams.build,
      ownerId: w.reps.build,
      stage: "NEW",
      waitingSince: seconds(10),
    });
    expect(lead.slaDueAt).not.toBeNull();
    const created = await w.db.auditLog.findFirstOrThrow({ where: { action: "lead.created", entityId: lead.id } });
    expect(created.data).toMatchObject({ via: "web_form", webFormId: formId, routing: { teamVia: "web_form" } });
    const notification = await w.db.notification.findFirst({ where: { leadId: lead.id, userId: w.reps.build } });
    expect(notification).toMatchObject({ kind: "LEAD_ASSIGNED" });
  });

  it("feeds the open lead of a customer who writes again instead of opening another", async () => {
    const first = await submit(post({ name: "Ola", email: "ola@eksempel.no", message: "Hei" }));
    const second = await submit(post({ name: "Ola", email: "ola@eksempel.no", message: "Hei igjen" }), seconds(60));
    if (first.status !== "accepted" || second.status !== "accepted") throw new Error("not accepted");
    expect(second.customerId).toBe(first.customerId);
    expect(second.leadId).toBe(first.leadId);
  });

  it("hands bad input back with codes per field and stores nothing", async () => {
    const before = await counts();
    expect(await submit(post({ name: "", email: "ikke-en-adresse", phone: "12" }))).toEqual({
      status: "invalid",
      fieldErrors: { name: "required", email: "email", phone: "phone" },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses the honeypot, a fast bot and a forged stamp quietly, storing nothing", async () => {
    const before = await counts();
    const honeypot = post({ name: "Bot", email: "bot@spam.test" });
    honeypot.set("website", "http://spam.test");
    expect(await submit(honeypot)).toEqual({ status: "refused", reason: "honeypot" });
    expect(await submit(post({ name: "Bot", email: "bot@spam.test" }, { startedAgo: 1 }))).toEqual({
      status: "refused",
      reason: "too_fast",
    });
    const forged = post({ name: "Bot", email: "bot@spam.test" });
    forged.set("started", `${NOW.getTime() - 60_000}.${"A".repeat(43)}`);
    expect(await submit(forged)).toEqual({ status: "refused", reason: "bad_stamp" });
    // Another form's stamp does not open this one.
    const other = post({ name: "Bot", email: "bot@spam.test" }, { formSlug: "another-form" });
    expect(await submit(other)).toEqual({ status: "refused", reason: "bad_stamp" });
    expect(await counts()).toEqual(before);
    expect(await w.db.customer.count({ where: { email: "bot@spam.test" } })).toBe(0);
  });

  it("shows a person who sends an empty form at once what is missing, rather than a thank-you", async () => {
    expect(await submit(post({ name: "", email: "" }, { startedAgo: 1 }))).toEqual({
      status: "invalid",
      fieldErrors: { name: "required", email: "required" },
    });
  });

  it("gives a page open for more than a day back with a fresh stamp instead of storing it", async () => {
    expect(await submit(post({ name: "Sen", email: "sen@eksempel.no" }, { startedAgo: 25 * 3600 }))).toEqual({
      status: "stale",
    });
  });

  it("limits submissions per address, quietly, and another address is not held up", async () => {
    const address = "203.0.113.7";
    const at = seconds(100);
    for (let i = 0; i < WEB_FORM_RATE.burst; i++) {
      const outcome = await submit(post({ name: "Per", email: `per${i}@eksempel.no` }, { at }), at, address);
      expect(outcome.status).toBe("accepted");
    }
    const before = await counts();
    expect(await submit(post({ name: "Per", email: "per-over@eksempel.no" }, { at }), at, address)).toEqual({
      status: "refused",
      reason: "rate_limited",
    });
    expect(await counts()).toEqual(before);
    expect((await submit(post({ name: "Pål", email: "paal@eksempel.no" }, { at }), at, "203.0.113.8")).status).toBe(
      "accepted",
    );
    // A token comes back a minute / perMinute later.
    const later = new Date(at.getTime() + 60_000 / WEB_FORM_RATE.perMinute);
    expect(
      (await submit(post({ name: "Per", email: "per-later@eksempel.no" }, { at: later }), later, address)).status,
    ).toBe("accepted");
  });

  it("grants nothing for a ticked box until the mailed link is confirmed, and the link works once", async () => {
    const outcome = await submit(
      post({ name: "Siri", email: "siri@eksempel.no", "consent.MARKETING_EMAIL": "yes", "consent.SMS": "yes" }),
    );
    if (outcome.status !== "accepted") throw new Error("not accepted");
    expect(outcome.optInId).not.toBeNull();
    const customerId = outcome.customerId;
    expect(await w.db.consent.count({ where: { customerId } })).toBe(0);
    expect(mailsTo("siri@eksempel.no")).toEqual([]); // the mail is a job

    await runDueJobs(w, seconds(11));
    const [mail] = mailsTo("siri@eksempel.no");
    expect(mail.subject).toBe("Bekreft samtykket ditt");
    const token = tokenIn(mail.text)!;
    expect(token).toBeDefined();
    // Only its hash is stored.
    expect(JSON.stringify(await w.db.webFormOptIn.findMany())).not.toContain(token);
    // Opening the page grants nothing (mail scanners open links).
    expect(await readOptIn(w.db, token, seconds(60))).toMatchObject({
      state: "pending",
      purposes: ["MARKETING_EMAIL", "SMS"],
    });
    expect(await w.db.consent.count({ where: { customerId } })).toBe(0);

    expect(await confirmOptIn(w.db, token, seconds(120))).toBe("confirmed");
    const consents = await w.db.consent.findMany({ where: { customerId }, orderBy: { purpose: "asc" } });
    expect(consents.map((c) => [c.purpose, c.granted])).toEqual([
      ["MARKETING_EMAIL", true],
      ["SMS", true],
    ]);
    const events = await w.db.consentEvent.findMany({ where: { customerId } });
    expect(events.map((e) => e.source)).toEqual(["web form (confirmed)", "web form (confirmed)"]);
    // A source Reise records itself: the consent history shows it in the reader's language.
    expect(SYSTEM_CONSENT_SOURCES[OPT_IN_SOURCE]).toBe("webFormConfirmed");

    // Used once: a second click records nothing more.
    expect(await confirmOptIn(w.db, token, seconds(180))).toBe("used");
    expect(await w.db.consentEvent.count({ where: { customerId } })).toBe(2);
    expect(await readOptIn(w.db, token, seconds(180))).toMatchObject({ state: "confirmed" });
  });

  it("refuses an expired link and one never issued", async () => {
    const outcome = await submit(post({ name: "Tor", email: "tor@eksempel.no", "consent.MARKETING_EMAIL": "yes" }));
    if (outcome.status !== "accepted") throw new Error("not accepted");
    await runDueJobs(w, seconds(11));
    const token = tokenIn(mailsTo("tor@eksempel.no")[0].text)!;
    const eightDaysLater = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(await confirmOptIn(w.db, token, eightDaysLater)).toBe("expired");
    expect(await readOptIn(w.db, token, eightDaysLater)).toMatchObject({ state: "expired" });
    expect(await w.db.consent.count({ where: { customerId: outcome.customerId } })).toBe(0);
    expect(await confirmOptIn(w.db, "x".repeat(43), seconds(60))).toBe("unknown");
    expect(await confirmOptIn(w.db, "not a token", seconds(60))).toBe("unknown");
  });

  it("ignores a consent the form does not offer", async () => {
    const outcome = await submit(post({ name: "Liv", email: "liv@eksempel.no", "consent.PROFILING": "yes" }));
    expect(outcome).toMatchObject({ status: "accepted", optInId: null });
  });

  it("stores nothing for a form that is switched off", async () => {
    await setWebFormActive(w.db, w.manager, formId, false, NOW);
    const before = await counts();
    expect(await submit(post({ name: "Ada", email: "ada@eksempel.no" }))).toEqual({ status: "not_found" });
    expect(await counts()).toEqual(before);
    await setWebFormActive(w.db, w.manager, formId, true, NOW);
  });
});
