import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import enConsent from "@/messages/en/consent.json";
import enCustomer from "@/messages/en/customer.json";
import type { AppSession } from "@/server/auth/session";
import { testDatabases } from "@/test/worlds/databases";
import { makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";

// The consent and erase actions as Next calls them: public POST endpoints, so
// the session is whatever the request carries, not what the page rendered for.
let world: CustomerWorld;
let signedIn: AppSession | null = null;
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidatePath(path) }));
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
vi.mock("@/server/auth/session", () => ({
  requireStaff: async () => {
    if (!signedIn || signedIn.role === "CUSTOMER") throw new Error("NEXT_NOT_FOUND");
    return signedIn;
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => {
    const root = namespace === "consent" ? enConsent : enCustomer.erase;
    return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root) as string;
  },
}));
const { recordConsentAction } = await import("./consent-actions");
const { eraseCustomerAction } = await import("./gdpr-actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe.each(testDatabases)("customer actions on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());
  beforeEach(() => {
    signedIn = null;
    revalidatePath.mockClear();
  });

  it("consent: field errors for what the user can fix, then a saved change", async () => {
    signedIn = world.sales;
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    expect(
      await recordConsentAction(null, form({ customerId: c.id, purpose: "", granted: "", source: "fax" })),
    ).toEqual({
      ok: false,
      message: "Nothing was recorded. Check the marked fields.",
      fieldErrors: {
        purpose: "Choose a purpose.",
        granted: "Choose the customer's answer.",
        source: "Choose how they told us.",
      },
    });
    expect(
      await recordConsentAction(null, form({ customerId: c.id, purpose: "SMS", granted: "true", source: "phone" })),
    ).toEqual({ ok: true, message: "Consent recorded." });
    expect(revalidatePath).toHaveBeenCalledWith(`/customers/${c.id}`);
    expect(
      await recordConsentAction(null, form({ customerId: "nope", purpose: "SMS", granted: "true", source: "phone" })),
    ).toEqual({ ok: false, message: "This customer could not be found." });
  });

  it("erase: a sales rep posting the manager's form is refused and nothing changes; a manager's wrong name is a field error", async () => {
    const c = await makeCustomer(world.db, { name: "Petter Smart", ownerId: world.sales.userId });
    signedIn = world.sales;
    expect(await eraseCustomerAction(null, form({ customerId: c.id, confirmName: "Petter Smart" }))).toEqual({
      ok: false,
      message: "Only managers can erase a customer.",
    });
    expect((await world.db.customer.findUniqueOrThrow({ where: { id: c.id } })).erasedAt).toBeNull();
    signedIn = world.manager;
    expect(await eraseCustomerAction(null, form({ customerId: c.id, confirmName: "" }))).toMatchObject({
      ok: false,
      fieldError: "Type the customer's name.",
    });
    expect(await eraseCustomerAction(null, form({ customerId: c.id, confirmName: "Petter" }))).toMatchObject({
      ok: false,
      fieldError: "That is not the customer's name.",
    });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await eraseCustomerAction(null, form({ customerId: c.id, confirmName: "petter smart" }))).toEqual({
      ok: true,
      message: "The customer's personal data is erased.",
    });
    expect((await world.db.customer.findUniqueOrThrow({ where: { id: c.id } })).name).toBe("Erased customer");
    expect(await eraseCustomerAction(null, form({ customerId: c.id, confirmName: "Petter Smart" }))).toEqual({
      ok: true,
      message: "This customer was already erased.",
    });
  });
});
