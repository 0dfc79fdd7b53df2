import { expect, test } from "@playwright/test";
import { startFakeGatewayApi, type FakeGatewayApi } from "../test/messaging/fake-gatewayapi";
import { postSmsReply } from "../test/messaging/webhook-posts";
import { signInAsStaff, users } from "./fixtures/auth";
import { createLead } from "./fixtures/data";
import { BASE_URL, E2E_PORT } from "./fixtures/env";
import { E2E_GATEWAYAPI_TOKEN, E2E_GATEWAYAPI_WEBHOOK_SECRET, e2eGatewayApiPort } from "./fixtures/webhook-secrets";

// The heart of it, as a conversation: a buyer asked on chat how fast a car can be delivered; the rep
// answers by SMS from a template, GatewayAPI (a local fake of its send API) takes the SMS, the buyer
// answers by SMS through GatewayAPI's signed webhook, and the answer is on the lead's timeline with
// the response clock running again and the rep told.

let gateway: FakeGatewayApi;
test.beforeAll(async () => {
  gateway = await startFakeGatewayApi({ token: E2E_GATEWAYAPI_TOKEN, port: e2eGatewayApiPort(E2E_PORT) });
});
test.afterAll(async () => gateway?.close());

test("a rep sends an SMS from a template, the customer replies, and the reply is on the timeline and restarts the clock", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const lead = await createLead(page.request, {
    ownerEmail: users.sales,
    waitingMinutes: 20,
    slaMinutes: 60,
    interest: "Volvo EX30",
    customerName: `Ola Svarsen ${Date.now()}`,
  });
  await signInAsStaff(page, users.sales);
  await expect(page).toHaveURL(/\/leads$/);
  await page.goto(`/leads/${lead.leadId}`);
  const badge = page.getByTestId("sla-badge");
  await expect(badge).not.toHaveAttribute("data-state", "answered");

  const form = page.getByTestId("compose-form");
  await expect(form.getByRole("radio", { name: "SMS" })).toBeChecked();
  await form.getByRole("combobox", { name: "Template" }).selectOption({ label: "Svar: leveringstid · Norwegian" });
  const text =
    "Hei Ola! Takk for at du spurte om Volvo EX30. Jeg sjekker leveringstiden og ringer deg i dag. Hilsen Magnus Berg";
  await expect(form.getByTestId("message-preview")).toHaveText(text);
  await form.getByRole("button", { name: "Send SMS" }).click();
  await expect(form.getByRole("status")).toHaveText("SMS on its way. It is on the timeline.");
  await expect(badge).toHaveAttribute("data-state", "answered");

  // GatewayAPI got it, with our token, to the customer's number.
  const msisdn = Number(lead.customerPhone.replace(/\D/g, ""));
  await expect.poll(() => gateway.received.filter((r) => r.body.recipients[0]?.msisdn === msisdn).length).toBe(1);
  const sent = gateway.received.find((r) => r.body.recipients[0]?.msisdn === msisdn)!;
  expect(sent.authorization).toBe(`Token ${E2E_GATEWAYAPI_TOKEN}`);
  expect(sent.body.message).toBe(text);

  // The customer answers; GatewayAPI posts the SMS to Reise's webhook, signed.
  const reply = await postSmsReply(
    BASE_URL,
    { from: lead.customerPhone, text: "Flott! Ring meg etter klokka 16." },
    E2E_GATEWAYAPI_WEBHOOK_SECRET,
  );
  expect(reply.status).toBe(200);
  expect(await reply.json()).toMatchObject({ status: "created", leadId: lead.leadId, customerId: lead.customerId });

  await page.reload();
  const inbound = page.locator('[data-testid="timeline-entry"][data-direction="INBOUND"][data-kind="SMS"]');
  await expect(inbound).toHaveCount(1);
  await expect(inbound).toContainText("Flott! Ring meg etter klokka 16.");
  const outbound = page.locator('[data-testid="timeline-entry"][data-direction="OUTBOUND"][data-kind="SMS"]');
  await expect(outbound).toContainText(text);
  await expect(outbound.getByTestId("message-status")).toHaveText("Sent");
  // The customer is waiting on us again.
  await expect(page.getByTestId("sla-badge")).not.toHaveAttribute("data-state", "answered");

  await page.goto("/notifications");
  await expect(page.getByText(`${lead.customerName} wrote again`).first()).toBeVisible();
});
