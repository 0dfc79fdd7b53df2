import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsStaff, users } from "./fixtures/auth";
import { BASE_URL } from "./fixtures/env";
import { E2E_GATEWAYAPI_WEBHOOK_SECRET, E2E_MAILGUN_SIGNING_KEY } from "./fixtures/webhook-secrets";
import { postEmailReply, postSmsReply } from "../test/messaging/webhook-posts";

// Replies through the real server: the providers' signed posts reach their routes without a
// session, are filed once, and what the customer wrote is on the lead's timeline. Forged posts
// are refused. (Replies to a rep's own message are the lead engineer's journey spec.)

const tag = () => crypto.randomUUID().slice(0, 8);
type Filed = { status: string; customerId: string; leadId: string | null };

test("an SMS and an e-mail from unknown senders open leads with the words on the timeline, once", async ({ page }) => {
  const t = tag();
  const phone = `+4799${String(parseInt(t.slice(0, 6), 16) % 1_000_000).padStart(6, "0")}`;
  const sms = { from: phone, text: `Kan jeg prøvekjøre bilen på lørdag? ${t}`, id: parseInt(t, 16) };
  const first = await postSmsReply(BASE_URL, sms, E2E_GATEWAYAPI_WEBHOOK_SECRET);
  expect(first.status).toBe(200);
  const filed = (await first.json()) as Filed;
  expect(filed).toMatchObject({ status: "created" });
  expect(filed.leadId).toBeTruthy();
  // GatewayAPI posts it again: still one reply.
  const again = await postSmsReply(BASE_URL, sms, E2E_GATEWAYAPI_WEBHOOK_SECRET);
  expect(await again.json()).toMatchObject({ status: "duplicate", leadId: filed.leadId });

  const mail = await postEmailReply(
    BASE_URL,
    {
      from: `Eva Epost <eva-${t}@eksempel.no>`,
      to: "post@reply.reise.test",
      subject: "Elbil",
      text: `Hva koster elbilen? ${t}`,
    },
    E2E_MAILGUN_SIGNING_KEY,
  );
  expect(mail.status).toBe(200);
  const mailed = (await mail.json()) as Filed;

  await signInAsStaff(page, users.manager);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(`/leads/${filed.leadId}`);
  await expect(page.getByText(sms.text).first()).toBeVisible();
  await page.goto(`/leads/${mailed.leadId}`);
  await expect(page.getByText(`Hva koster elbilen? ${t}`, { exact: false }).first()).toBeVisible();
});

test("forged and unsigned webhook posts are refused", async ({ request }) => {
  const sms = await postSmsReply(BASE_URL, { from: "+4799000001", text: "Hei" }, "not-the-secret");
  expect(sms.status).toBe(401);
  const mail = await postEmailReply(
    BASE_URL,
    { from: "x@eksempel.no", to: "post@reply.reise.test", text: "Hei" },
    "nope",
  );
  expect(mail.status).toBe(401);
  const unsigned = await request.post("/api/inbound/email", { form: { recipient: "post@reply.reise.test" } });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.json()).toMatchObject({ error: { code: "unauthorized" } });
});
