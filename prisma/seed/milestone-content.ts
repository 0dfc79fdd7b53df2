import { Rng } from "./random";
import type { Locale, OrderMilestone, ProductCategory } from "./rows";

// Demo content for the customer's order page ("While you wait"): what a
// customer can usefully do at each step, per product category, in the three
// languages. Managers edit it under /settings/content.

type Text = [title: string, body: string];
type Item = { category: ProductCategory; milestone: OrderMilestone; link?: string } & Record<Locale, Text>;

const ITEMS: Item[] = [
  {
    category: "CAR",
    milestone: "CONFIRMED",
    nb: [
      "Forsikring og finansiering",
      "Avtal forsikring i god tid før utlevering, så bilen kan kjøres hjem samme dag. Trenger du finansiering, ordner vi søknaden med deg.",
    ],
    da: [
      "Forsikring og finansiering",
      "Aftal forsikring i god tid før udlevering, så bilen kan køres hjem samme dag. Har du brug for finansiering, klarer vi ansøgningen sammen med dig.",
    ],
    en: [
      "Insurance and financing",
      "Arrange insurance well before handover so you can drive home the same day. If you need financing, we will do the application with you.",
    ],
  },
  {
    category: "CAR",
    milestone: "IN_PRODUCTION",
    link: "https://www.elbil.no/lading/",
    nb: [
      "Gjør klar hjemmelader",
      "En fast ladeboks lader trygt og raskt. Få en elektriker til å sjekke sikringsskapet nå – det tar ofte noen uker å få installert en lader.",
    ],
    da: [
      "Gør ladeboks klar derhjemme",
      "En fast ladeboks lader sikkert og hurtigt. Få en elektriker til at tjekke eltavlen nu – det tager ofte nogle uger at få installeret en lader.",
    ],
    en: [
      "Prepare a home charger",
      "A wall box charges safely and fast. Ask an electrician to check your fuse box now – installing a charger often takes a few weeks.",
    ],
  },
  {
    category: "CAR",
    milestone: "IN_PRODUCTION",
    nb: [
      "Velg vinterdekk",
      "Kommer bilen mellom oktober og april, trenger du vinterdekk fra første dag. Si fra hvilke du vil ha, så monterer vi dem før utlevering.",
    ],
    da: [
      "Vælg vinterdæk",
      "Kommer bilen mellem oktober og april, er vinterdæk et godt valg fra første dag. Sig til, hvilke du ønsker, så monterer vi dem før udlevering.",
    ],
    en: [
      "Choose winter tyres",
      "If the car arrives between October and April you will want winter tyres from day one. Tell us which you would like and we fit them before handover.",
    ],
  },
  {
    category: "CAR",
    milestone: "READY_FOR_PICKUP",
    nb: [
      "Før du henter bilen",
      "Ta med førerkort og gjerne den gamle bilens nøkler hvis den skal byttes inn. Sett av en time, så går vi gjennom bilen sammen.",
    ],
    da: [
      "Før du henter bilen",
      "Tag kørekort med og gerne nøglerne til den gamle bil, hvis den skal byttes. Sæt en time af, så gennemgår vi bilen sammen.",
    ],
    en: [
      "Before you pick up the car",
      "Bring your driving licence, and the old car's keys if it is a trade-in. Set aside an hour so we can go through the car together.",
    ],
  },
  {
    category: "KITCHEN",
    milestone: "IN_PRODUCTION",
    nb: [
      "Gjør rommet klart",
      "Tøm rommet og sjekk at vann, avløp og strøm er der tegningen viser. Montøren trenger fri adkomst og et sted å sette av emballasje.",
    ],
    da: [
      "Gør rummet klar",
      "Tøm rummet, og tjek at vand, afløb og el sidder, hvor tegningen viser. Montøren skal have fri adgang og et sted at stille emballage.",
    ],
    en: [
      "Get the room ready",
      "Empty the room and check that water, drains and power are where the drawing shows them. The fitter needs clear access and somewhere to leave packaging.",
    ],
  },
  {
    category: "KITCHEN",
    milestone: "IN_PRODUCTION",
    nb: [
      "Hvitevarer og benkeplate",
      "Bestiller du hvitevarer selv, sjekk målene mot tegningen nå. Benkeplater i stein måles opp først når skapene står.",
    ],
    da: [
      "Hvidevarer og bordplade",
      "Køber du selv hvidevarer, så tjek målene mod tegningen nu. Stenbordplader måles først op, når skabene står.",
    ],
    en: [
      "Appliances and worktop",
      "If you buy appliances yourself, check their sizes against the drawing now. Stone worktops are measured once the cabinets are in place.",
    ],
  },
  {
    category: "KITCHEN",
    milestone: "OUT_FOR_DELIVERY",
    nb: [
      "Levering i dag",
      "Sjåføren ringer 30 minutter før. Sørg for at noen er hjemme og at det er plass til å bære inn store pakker.",
    ],
    da: [
      "Levering i dag",
      "Chaufføren ringer 30 minutter før. Sørg for, at nogen er hjemme, og at der er plads til at bære store pakker ind.",
    ],
    en: [
      "Delivery today",
      "The driver calls 30 minutes ahead. Make sure someone is home and there is room to carry large parcels in.",
    ],
  },
  {
    category: "BATHROOM",
    milestone: "IN_PRODUCTION",
    nb: [
      "Planlegg våtromsarbeidet",
      "Membran og fliser må tørke før innredningen monteres. Avtal tidspunkt med rørlegger og flislegger nå, så alt passer sammen.",
    ],
    da: [
      "Planlæg vådrumsarbejdet",
      "Membran og fliser skal tørre, før inventaret monteres. Aftal tid med VVS-mand og flisemurer nu, så det hele passer sammen.",
    ],
    en: [
      "Plan the wet-room work",
      "Membrane and tiles must dry before the fittings go in. Book the plumber and tiler now so everything lines up.",
    ],
  },
  {
    category: "BUILDING_MATERIALS",
    milestone: "CONFIRMED",
    nb: [
      "Gjør klar for levering",
      "Lastebilen trenger fast underlag og fri vei inn. Bestem hvor pallene skal stå, og dekk dem til hvis det blir regn.",
    ],
    da: [
      "Gør klar til levering",
      "Lastbilen skal have fast underlag og fri adgang. Bestem, hvor pallerne skal stå, og dæk dem til, hvis det regner.",
    ],
    en: [
      "Prepare for delivery",
      "The lorry needs firm ground and a clear way in. Decide where the pallets should go and cover them if it rains.",
    ],
  },
  {
    category: "TOOLS",
    milestone: "READY_FOR_PICKUP",
    nb: ["Klar til henting", "Vis ordrenummeret i kassen. Vi holder varen for deg i sju dager."],
    da: ["Klar til afhentning", "Vis ordrenummeret ved kassen. Vi holder varen til dig i syv dage."],
    en: ["Ready to collect", "Show the order number at the till. We keep the item for you for seven days."],
  },
  {
    category: "GARDEN",
    milestone: "CONFIRMED",
    nb: [
      "Forbered underlaget",
      "Et drivhus eller en bod trenger et plant og drenert underlag. Gjør grunnarbeidet før leveringen, så kan monteringen starte med en gang.",
    ],
    da: [
      "Forbered underlaget",
      "Et drivhus eller et skur skal stå på et plant og drænet underlag. Lav jordarbejdet før leveringen, så monteringen kan gå i gang med det samme.",
    ],
    en: [
      "Prepare the base",
      "A greenhouse or shed needs a level, drained base. Do the groundwork before delivery so assembly can start straight away.",
    ],
  },
];

export type MilestoneContentRow = {
  id: string;
  category: ProductCategory;
  milestone: OrderMilestone;
  locale: Locale;
  position: number;
  title: string;
  body: string;
  linkUrl: string | null;
  version: number;
  updatedById: null;
  createdAt: number;
  updatedAt: number;
};

export function milestoneContentRows(seed: number, now: number): MilestoneContentRow[] {
  const rng = new Rng(seed, 0xc0e7);
  const position = new Map<string, number>();
  return ITEMS.flatMap((item) => {
    const key = `${item.category}:${item.milestone}`;
    const at = position.get(key) ?? 0;
    position.set(key, at + 1);
    return (["nb", "da", "en"] as const).map((locale) => ({
      id: rng.uuid(),
      category: item.category,
      milestone: item.milestone,
      locale,
      position: at,
      title: item[locale][0],
      body: item[locale][1],
      linkUrl: item.link ?? null,
      version: 0,
      updatedById: null,
      createdAt: now,
      updatedAt: now,
    }));
  });
}
