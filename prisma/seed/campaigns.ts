import type { TeamKey } from "./catalog";
import type { Channel, ProductCategory } from "./rows";
import { DAY, HOUR } from "./time";

// Seasonal campaigns, placed on the calendar relative to `now` so the names
// carry the right year ("Vårkampanje elbil 2026") whenever the seed runs.
// `lift` is how much better than usual a campaign's leads convert: the manager
// dashboard should show that Vårkampanje works and Black Week does not.

interface CampaignTemplate {
  name: string;
  month: number; // 0 = January
  day: number;
  days: number;
  channel: Channel;
  team: TeamKey;
  categories: readonly ProductCategory[];
  lift: number;
}

const TEMPLATES: readonly CampaignTemplate[] = [
  {
    name: "Baderomsdrømmen",
    month: 0,
    day: 12,
    days: 40,
    channel: "SOCIAL",
    team: "build",
    categories: ["BATHROOM"],
    lift: 0.8,
  },
  {
    name: "Vårkampanje elbil",
    month: 2,
    day: 1,
    days: 61,
    channel: "CAMPAIGN",
    team: "car",
    categories: ["CAR"],
    lift: 1.6,
  },
  {
    name: "Hagesesong",
    month: 3,
    day: 15,
    days: 45,
    channel: "EMAIL",
    team: "build",
    categories: ["GARDEN", "BUILDING_MATERIALS"],
    lift: 1.0,
  },
  {
    name: "Kjøkkenuker",
    month: 7,
    day: 25,
    days: 35,
    channel: "SOCIAL",
    team: "build",
    categories: ["KITCHEN"],
    lift: 1.25,
  },
  {
    name: "Prøvekjøringsdager",
    month: 8,
    day: 20,
    days: 16,
    channel: "EVENT",
    team: "car",
    categories: ["CAR"],
    lift: 1.35,
  },
  {
    name: "Black Week verktøy",
    month: 10,
    day: 21,
    days: 11,
    channel: "EMAIL",
    team: "build",
    categories: ["TOOLS", "GARDEN"],
    lift: 0.5,
  },
];

export interface CampaignInstance {
  id: string;
  name: string;
  channel: Channel;
  team: TeamKey;
  categories: readonly ProductCategory[];
  lift: number;
  startsAt: number;
  endsAt: number;
}

/** The campaigns that started in the last 14 months, oldest first (about seven). */
export function campaignsFor(now: number, newId: () => string): CampaignInstance[] {
  const from = now - 14 * 30 * DAY;
  const year = new Date(now).getUTCFullYear();
  const found: CampaignInstance[] = [];
  for (const y of [year - 2, year - 1, year]) {
    for (const t of TEMPLATES) {
      const startsAt = Date.UTC(y, t.month, t.day, 7); // 08:00 in Oslo in winter
      if (startsAt < from || startsAt > now) continue;
      found.push({
        id: "",
        name: `${t.name} ${y}`,
        channel: t.channel,
        team: t.team,
        categories: t.categories,
        lift: t.lift,
        startsAt,
        endsAt: startsAt + t.days * DAY - HOUR,
      });
    }
  }
  found.sort((a, b) => a.startsAt - b.startsAt);
  for (const c of found) c.id = newId();
  return found;
}

export function activeCampaign(
  campaigns: readonly CampaignInstance[],
  at: number,
  category: ProductCategory,
): CampaignInstance | null {
  for (const c of campaigns) {
    if (c.startsAt <= at && at <= c.endsAt && c.categories.includes(category)) return c;
  }
  return null;
}

export function activeTeamCampaign(
  campaigns: readonly CampaignInstance[],
  at: number,
  team: TeamKey,
): CampaignInstance | null {
  for (const c of campaigns) if (c.startsAt <= at && at <= c.endsAt && c.team === team) return c;
  return null;
}
