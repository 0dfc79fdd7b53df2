import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeReceiver, type FakeReceiver } from "@/test/webhooks/fake-receiver";
import { postWebhook } from "./send";
import { newWebhookSecret, signedHeaders } from "./signing";
import { classifyAddress, webhookUrlProblem } from "./url-rule";

// What an integrator's receiver does with a delivery: verify it with the standardwebhooks
// library's Webhook.verify (the fake receiver on 127.0.0.1 does exactly that), and where it may be
// sent from Reise at all.

describe("a signed delivery", () => {
  let receiver: FakeReceiver;
  beforeAll(async () => {
    receiver = await startFakeReceiver();
  });
  afterAll(async () => receiver?.close());

  const body = JSON.stringify({ type: "lead.won", timestamp: "2026-11-24T09:15:00.000Z", data: { lead: { id: "x" } } });

  it("verifies with the library's verifier and the endpoint's secret", async () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.setSecret(secret);
    const headers = signedHeaders(
      { secret, previousSecret: null, previousSecretUntil: null },
      { messageId: "2d3c4b5a-0000-4000-8000-000000000001", sentAt: new Date(), body },
    );
    const outcome = await postWebhook({ url: receiver.url, body, headers, allowLoopback: true });
    expect(outcome).toMatchObject({ ok: true, status: 204 });
    const got = receiver.received.at(-1)!;
    expect(got.error).toBeNull();
    expect(got.payload).toEqual(JSON.parse(body));
    expect(got.headers["webhook-id"]).toBe("2d3c4b5a-0000-4000-8000-000000000001");
    expect(got.headers["content-type"]).toBe("application/json");
  });

  it("fails verification with another secret or a changed body", async () => {
    const secret = newWebhookSecret();
    receiver.setSecret(newWebhookSecret());
    const headers = signedHeaders(
      { secret, previousSecret: null, previousSecretUntil: null },
      { messageId: "m1", sentAt: new Date(), body },
    );
    await postWebhook({ url: receiver.url, body, headers, allowLoopback: true });
    expect(receiver.received.at(-1)!.error).toMatch(/signature/i);
    receiver.setSecret(secret);
    await postWebhook({ url: receiver.url, body: body.replace("lead.won", "lead.lost"), headers, allowLoopback: true });
    expect(receiver.received.at(-1)!.error).toMatch(/signature/i);
  });

  it("signs with the new and the previous secret during a rotation's overlap, then with the new one only", async () => {
    const [oldSecret, newSecret] = [newWebhookSecret(), newWebhookSecret()];
    const now = new Date();
    const during = {
      secret: newSecret,
      previousSecret: oldSecret,
      previousSecretUntil: new Date(now.getTime() + 60_000),
    };
    const headers = signedHeaders(during, { messageId: "m2", sentAt: now, body });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      receiver.setSecret(secret);
      await postWebhook({ url: receiver.url, body, headers, allowLoopback: true });
      expect(receiver.received.at(-1)!.error).toBeNull();
    }
    const after = signedHeaders(
      { ...during, previousSecretUntil: new Date(now.getTime() - 1) },
      { messageId: "m3", sentAt: now, body },
    );
    receiver.setSecret(oldSecret);
    await postWebhook({ url: receiver.url, body, headers: after, allowLoopback: true });
    expect(receiver.received.at(-1)!.error).toMatch(/signature/i);
  });

  it("counts a non-2xx answer, a redirect included, as a failure to try again", async () => {
    receiver.answerWith(302);
    expect(await postWebhook({ url: receiver.url, body, headers: {}, allowLoopback: true })).toMatchObject({
      ok: false,
      status: 302,
      permanent: false,
      error: "HTTP 302 (redirects are not followed)",
    });
    receiver.answerWith(503);
    expect(await postWebhook({ url: receiver.url, body, headers: {}, allowLoopback: true })).toMatchObject({
      ok: false,
      status: 503,
    });
    receiver.answerWith(204);
  });

  it("sends nothing to loopback unless the install allows it", async () => {
    const before = receiver.received.length;
    expect(await postWebhook({ url: receiver.url, body, headers: {}, allowLoopback: false })).toMatchObject({
      ok: false,
      permanent: true,
    });
    // A name that resolves to loopback is refused at the connection's own lookup.
    const byName = receiver.url.replace("127.0.0.1", "localhost.");
    const outcome = await postWebhook({
      url: byName.replace("http:", "https:"),
      body,
      headers: {},
      allowLoopback: false,
    });
    expect(outcome).toMatchObject({ ok: false });
    expect(receiver.received.length).toBe(before);
  });
});

describe("where webhooks may go", () => {
  it.each([
    ["https://hooks.example.com/reise", false, null],
    ["http://hooks.example.com/reise", false, "scheme"],
    ["ftp://hooks.example.com/reise", false, "scheme"],
    ["https://user:pw@hooks.example.com/", false, "credentials"],
    ["https://10.1.2.3/", false, "private"],
    ["https://192.168.0.10/", true, "private"],
    ["https://169.254.169.254/latest/meta-data", true, "private"],
    ["https://[fd00::1]/", true, "private"],
    ["https://[::ffff:10.0.0.1]/", true, "private"],
    ["https://[::ffff:127.0.0.1]/", false, "private"],
    ["http://127.0.0.1:9000/hook", false, "private"],
    ["http://127.0.0.1:9000/hook", true, null],
    ["http://localhost:9000/hook", true, null],
    ["not a url", true, "invalid"],
  ] as const)("%s (loopback allowed: %s) → %s", (url, allowLoopback, problem) => {
    expect(webhookUrlProblem(url, allowLoopback)).toBe(problem);
  });

  it("reads addresses as public, loopback or private", () => {
    expect(classifyAddress("93.184.216.34")).toBe("public");
    expect(classifyAddress("2606:4700::1111")).toBe("public");
    expect(classifyAddress("127.0.0.53")).toBe("loopback");
    expect(classifyAddress("::1")).toBe("loopback");
    expect(classifyAddress("172.20.0.1")).toBe("private");
    expect(classifyAddress("100.64.1.1")).toBe("private");
    expect(classifyAddress("fe80::1")).toBe("private");
  });
});
