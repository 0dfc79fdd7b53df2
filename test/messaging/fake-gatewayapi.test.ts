import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendSms, SmsRejected } from "@/server/messaging/sms-gateway";
import { startFakeGatewayApi, type FakeGatewayApi } from "./fake-gatewayapi";

// The fake speaks what the real adapter speaks: if sendSms and the fake drift apart, the e2e test
// "a rep sends an SMS … the customer replies" would test nothing; this catches it first.

describe("startFakeGatewayApi", () => {
  let fake: FakeGatewayApi;
  beforeAll(async () => {
    fake = await startFakeGatewayApi({ token: "test-token" });
    vi.stubEnv("SMS_GATEWAYAPI_URL", fake.url);
    vi.stubEnv("SMS_GATEWAYAPI_TOKEN", "test-token");
    vi.stubEnv("SMS_SENDER", "Nordvik");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake?.close();
  });

  it("takes an SMS from the adapter with its token and answers with an id", async () => {
    const sent = await sendSms({ to: "+4791234567", text: "Hei Kari", reference: "m-1" });
    expect(sent.providerId).toBe(String(fake.received.at(-1)!.id));
    expect(fake.received.at(-1)).toMatchObject({
      authorization: "Token test-token",
      body: { sender: "Nordvik", message: "Hei Kari", recipients: [{ msisdn: 4791234567 }], userref: "m-1" },
    });
  });

  it("refuses a wrong token, which the adapter reports as a refusal for good", async () => {
    vi.stubEnv("SMS_GATEWAYAPI_TOKEN", "wrong");
    await expect(sendSms({ to: "+4791234567", text: "x", reference: "m-2" })).rejects.toBeInstanceOf(SmsRejected);
    vi.stubEnv("SMS_GATEWAYAPI_TOKEN", "test-token");
  });

  it("answers with the failure a test asks for", async () => {
    const before = fake.received.length;
    fake.failNext(503, "Service unavailable");
    await expect(sendSms({ to: "+4791234567", text: "x", reference: "m-3" })).rejects.toThrow(/503/);
    expect(fake.received.length).toBe(before);
    await sendSms({ to: "+4791234567", text: "x", reference: "m-4" });
    expect(fake.received.length).toBe(before + 1);
  });
});
