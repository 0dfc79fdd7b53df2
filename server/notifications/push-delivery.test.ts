import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { runDueJobs } from "@/test/jobs/job-world";
import { browserKeys, startFakePushService, verifyVapid } from "@/test/push/fake-push-service";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";

// From a customer's signal to a rep's phone: the ingest API tells the owner (a notification), the
// notification becomes a push (notifications.push), and push.send delivers it, signed and
// encrypted, to the push service on 127.0.0.1, which would wake the phone. The lock screen gets
// the customer's first name and what happened; in the evening a lukewarm lead waits for morning.

// Tuesday 24 November 2026, 10:15 in Oslo: open.
const NOW = new Date("2026-11-24T09:15:00Z");
const EVENING = new Date("2026-11-24T19:15:00Z");
const vapid = webpush.generateVAPIDKeys();

describe.each(testDatabases)("notifications as push on $name", (database) => {
  let w: IngestWorld;
  let service: Awaited<ReturnType<typeof startFakePushService>>;
  const saved = { ...process.env };
  let serial = 0;

  const signal = async (name: string, now: Date, email = `push${++serial}@eksempel.no`) => {
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(now).parse({
        channel: "CHAT",
        kind: "CHAT_MESSAGE",
        customer: { email, name },
        occurredAt: now.toISOString(),
      }),
      now,
    );
    if (result.status !== "created") throw new Error(result.status);
    return w.db.lead.findUniqueOrThrow({ where: { id: result.leadId! }, select: { id: true, ownerId: true } });
  };

  beforeAll(async () => {
    w = await openIngestWorld(database);
    service = await startFakePushService();
    Object.assign(process.env, {
      REISE_VAPID_PUBLIC_KEY: vapid.publicKey,
      REISE_VAPID_PRIVATE_KEY: vapid.privateKey,
      REISE_VAPID_SUBJECT: "mailto:ops@reise.test",
    });
  });
  afterAll(async () => {
    process.env = saved;
    await service?.close();
    await w?.close();
  });

  it("pushes a new lead to its owner's phone: first name and what happened, a tap opens the lead", async () => {
    // Every rep has a phone with push on, so whoever round-robin picks gets it.
    const phones = new Map<string, ReturnType<typeof browserKeys>>();
    for (const userId of Object.values(w.reps)) {
      const keys = browserKeys();
      phones.set(userId, keys);
      await w.db.pushSubscription.create({
        data: { userId, endpoint: service.endpoint(`/push/${userId}`), p256dh: keys.p256dh, auth: keys.auth },
      });
    }
    const lead = await signal("Kari Nordmann", NOW);
    await runDueJobs({ sql: w.sql, db: w.db }, NOW);
    await runDueJobs({ sql: w.sql, db: w.db }, NOW);

    const delivered = service.received.filter((r) => r.path === `/push/${lead.ownerId}`);
    expect(delivered).toHaveLength(1);
    expect(verifyVapid(delivered[0].headers.authorization, vapid.publicKey)).toMatchObject({
      sub: "mailto:ops@reise.test",
    });
    expect(JSON.parse(phones.get(lead.ownerId!)!.decrypt(delivered[0].body))).toEqual({
      title: "Reise",
      body: "New lead for you: Kari",
      url: `/leads/${lead.id}`,
      tag: `lead-${lead.id}`,
    });
    expect(service.received.filter((r) => r.path !== `/push/${lead.ownerId}`)).toEqual([]);
  });

  it("holds a lukewarm lead's push in the evening: the bell has it, the phone stays quiet", async () => {
    service.received.length = 0;
    const lead = await signal("Ola Kveld", EVENING);
    await w.db.lead.update({ where: { id: lead.id }, data: { readiness: "WARM" } });
    await w.db.notification.updateMany({ where: { leadId: lead.id }, data: { urgent: false } });
    await runDueJobs({ sql: w.sql, db: w.db }, EVENING);
    await runDueJobs({ sql: w.sql, db: w.db }, EVENING);
    expect(service.received).toEqual([]);
    expect(await w.db.notification.count({ where: { leadId: lead.id, readAt: null } })).toBe(1);
  });
});
