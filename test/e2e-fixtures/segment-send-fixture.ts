import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";

// A marketing segment of the test's own (its customers live in a city nobody else uses), owned by
// `ownerEmail`, and a MARKETING e-mail template: `consenting` customers said yes to marketing
// e-mail, `without` did not.
export const segmentSendFixtureSchema = z.object({
  kind: z.literal("segmentSend"),
  ownerEmail: z.email(),
  consenting: z.number().int().min(0).max(20).default(2),
  without: z.number().int().min(0).max(20).default(1),
});
export type SegmentSendFixture = z.infer<typeof segmentSendFixtureSchema>;

export async function createSegmentSendFixture(input: SegmentSendFixture) {
  const db = await getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  const city = `Sendby${tag}`;
  const owner = await db.user.findUniqueOrThrow({ where: { email: input.ownerEmail }, select: { id: true } });
  const now = new Date();
  const emails = { consenting: [] as string[], without: [] as string[] };
  for (const [group, count] of [
    ["consenting", input.consenting],
    ["without", input.without],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const email = `seg-${tag}-${group}-${i}@eksempel.test`;
      const customer = await db.customer.create({
        data: { name: `Send ${group} ${i} ${tag}`, email, city, locale: "en" },
        select: { id: true },
      });
      if (group === "consenting")
        await db.consent.create({
          data: { customerId: customer.id, purpose: "MARKETING_EMAIL", granted: true, updatedAt: now },
        });
      emails[group].push(email);
    }
  }
  const segment = await db.segment.create({
    data: { name: `E2E send ${tag}`, filters: { city }, marketing: true, ownerId: owner.id },
    select: { id: true, name: true },
  });
  const template = await db.messageTemplate.create({
    data: {
      name: `E2E offer ${tag}`,
      channel: "EMAIL",
      purpose: "MARKETING",
      locale: "en",
      subject: `Winter offer ${tag}`,
      body: "Hello {{firstName}}, our winter offer starts today.",
    },
    select: { id: true, name: true, subject: true },
  });
  return {
    segmentId: segment.id,
    segmentName: segment.name,
    templateName: template.name,
    subject: template.subject,
    emails,
  };
}
