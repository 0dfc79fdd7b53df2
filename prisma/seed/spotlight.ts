import type { TeamKey } from "./catalog";
import { productByKey } from "./catalog";
import type { SeedContext } from "./context";
import type { CustomerDraft } from "./customer-draft";
import type { LeadPlan } from "./lead-plan";
import type { Person } from "./people";

// The first customers tell the demo's story on purpose, so every demo (and the
// e2e tests) finds the same things whatever the scale: the two customer logins
// with an order in production whose date slipped and one delivered, and leads
// for the two demo salespeople that are breached, due soon, and slow.

export interface CustomerScript {
  team: TeamKey;
  ownerEmail: string;
  person?: Person;
  /** Only the scripted leads and orders (plus browsing), no random ones. */
  onlyScripted?: boolean;
  leads: (d: CustomerDraft) => LeadPlan[];
}

export const DEMO_CUSTOMER_LOGINS = ["customer@reise.test", "customer2@reise.test"] as const;

export function staffId(ctx: SeedContext, email: string): string {
  const found = ctx.staff.find((s) => s.email === email);
  if (!found) throw new Error(`No demo staff member ${email}`);
  return found.id;
}

type Lead = Omit<LeadPlan, "product" | "ownerId" | "readiness" | "clock"> & Partial<LeadPlan> & { productKey: string };

function plans(ownerEmail: string, leads: Lead[]): (d: CustomerDraft) => LeadPlan[] {
  return (d) =>
    leads.map(({ productKey, ...lead }) => ({
      readiness: null,
      clock: null,
      ...lead,
      product: productByKey(productKey),
      ownerId: staffId(d.ctx, ownerEmail),
    }));
}

const SCRIPTS: readonly CustomerScript[] = [
  {
    team: "car",
    ownerEmail: "sales@reise.test",
    onlyScripted: true,
    person: {
      name: "Kari Nordmann",
      email: "customer@reise.test",
      phone: "+4791234567",
      city: "Oslo",
      locale: "nb",
      currency: "NOK",
    },
    leads: plans("sales@reise.test", [
      {
        state: "CLOSED",
        outcome: "WON",
        productKey: "ev-7seat",
        topic: "delivery_time",
        channel: "CHAT",
        closedDaysAgo: 250,
        order: { totalMinor: 799_900_00, fulfilment: "PICKUP", slips: [], canCancel: false },
      },
      {
        state: "CLOSED",
        outcome: "WON",
        productKey: "ev-van",
        topic: "delivery_time",
        channel: "CHAT",
        order: {
          milestone: "IN_PRODUCTION",
          totalMinor: 459_900_00,
          fulfilment: "PICKUP",
          slips: [21],
          slipReason: 0,
          internalNote: 4,
          marginShare: 0.08,
        },
      },
    ]),
  },
  {
    team: "build",
    ownerEmail: "sales2@reise.test",
    onlyScripted: true,
    person: {
      name: "Anne Sørensen",
      email: "customer2@reise.test",
      phone: "+4522334455",
      city: "Aalborg",
      locale: "da",
      currency: "DKK",
    },
    leads: plans("sales2@reise.test", [
      {
        state: "CLOSED",
        outcome: "WON",
        productKey: "bathroom",
        topic: "installation",
        channel: "WEB",
        closedDaysAgo: 160,
        order: { totalMinor: 98_500_00, fulfilment: "HOME_DELIVERY", slips: [], canCancel: false },
      },
      {
        state: "CLOSED",
        outcome: "WON",
        productKey: "kitchen-island",
        topic: "delivery_time",
        channel: "CHAT",
        order: {
          milestone: "IN_PRODUCTION",
          totalMinor: 164_900_00,
          fulfilment: "HOME_DELIVERY",
          slips: [14],
          slipReason: 0,
        },
      },
    ]),
  },
  {
    team: "car",
    ownerEmail: "sales@reise.test",
    leads: plans("sales@reise.test", [
      {
        state: "NEW",
        productKey: "ev-suv",
        topic: "delivery_time",
        channel: "CHAT",
        readiness: "HOT",
        clock: "breached",
        waitedMinutes: 27,
      },
    ]),
  },
  {
    team: "build",
    ownerEmail: "sales2@reise.test",
    leads: plans("sales2@reise.test", [
      {
        state: "NEW",
        productKey: "kitchen-oak",
        topic: "installation",
        channel: "WEB",
        readiness: "WARM",
        clock: "breached",
        waitedMinutes: 95,
      },
    ]),
  },
  {
    team: "car",
    ownerEmail: "sales@reise.test",
    leads: plans("sales@reise.test", [
      {
        state: "NEW",
        productKey: "estate-phev",
        topic: "test_drive",
        channel: "PHONE",
        readiness: "HOT",
        clock: "due",
        waitedMinutes: 18,
      },
    ]),
  },
  {
    team: "build",
    ownerEmail: "sales2@reise.test",
    leads: plans("sales2@reise.test", [
      { state: "QUALIFIED", productKey: "greenhouse", topic: "price", channel: "WEB", readiness: "SLOW" },
    ]),
  },
  {
    team: "car",
    ownerEmail: "sales@reise.test",
    leads: plans("sales@reise.test", [
      {
        state: "PROPOSAL",
        productKey: "ev-7seat",
        topic: "financing",
        channel: "PHONE",
        readiness: "HOT",
        clock: "breached",
        waitChannel: "CHAT",
        waitedMinutes: 52,
      },
    ]),
  },
];

export function scriptFor(index: number): CustomerScript | null {
  return SCRIPTS[index] ?? null;
}

export const SCRIPTED_CUSTOMERS = SCRIPTS.length;
