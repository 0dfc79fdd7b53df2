import type { ProductCategory } from "./rows";

// What the two demo businesses sell. Prices are list prices in NOK; Danish
// customers pay about 0.65 of that in DKK. Made-to-order products go through
// production and are the ones whose delivery dates move.

export type TeamKey = "car" | "build";
export type Localized = { nb: string; da: string; en: string };
export type Topic =
  "delivery_time" | "price" | "financing" | "trade_in" | "availability" | "test_drive" | "installation";

export const TEAMS = {
  car: { name: "Nordvik Bil", orderPrefix: "NB", firstOrderNumber: 100_000 },
  build: { name: "Fjordsiden Byggsenter", orderPrefix: "FB", firstOrderNumber: 200_000 },
} as const satisfies Record<TeamKey, { name: string; orderPrefix: string; firstOrderNumber: number }>;

export interface Product {
  key: string;
  category: ProductCategory;
  name: Localized;
  /** The short noun used in sentences: "hva koster {short}?" */
  short: Localized;
  priceNok: readonly [number, number];
  madeToOrder: boolean;
}

const p = (
  key: string,
  category: ProductCategory,
  name: [string, string, string],
  short: [string, string, string],
  priceNok: [number, number],
  madeToOrder = false,
): Product => ({
  key,
  category,
  madeToOrder,
  priceNok,
  name: { nb: name[0], da: name[1], en: name[2] },
  short: { nb: short[0], da: short[1], en: short[2] },
});

export const PRODUCTS: readonly Product[] = [
  p(
    "ev-suv",
    "CAR",
    ["Elektrisk SUV, lang rekkevidde, 4x4", "Elektrisk SUV, lang rækkevidde, 4x4", "Electric SUV, long range, AWD"],
    ["elektrisk SUV", "elektrisk SUV", "an electric SUV"],
    [489_900, 729_900],
    true,
  ),
  p(
    "ev-compact",
    "CAR",
    ["Kompakt elbil", "Kompakt elbil", "Compact electric car"],
    ["kompakt elbil", "kompakt elbil", "a compact EV"],
    [289_900, 379_900],
  ),
  p(
    "estate-phev",
    "CAR",
    ["Stasjonsvogn, ladbar hybrid", "Stationcar, plugin-hybrid", "Estate car, plug-in hybrid"],
    ["stasjonsvogn", "stationcar", "an estate car"],
    [429_900, 589_900],
    true,
  ),
  p(
    "ev-van",
    "CAR",
    ["Elektrisk varebil, lang", "Elektrisk varebil, lang", "Electric van, long wheelbase"],
    ["varebil", "varebil", "a van"],
    [399_900, 559_900],
    true,
  ),
  p(
    "ev-7seat",
    "CAR",
    ["7-seter elektrisk SUV", "7-personers elektrisk SUV", "7-seat electric SUV"],
    ["7-seter", "7-personers bil", "a 7-seater"],
    [629_900, 849_900],
    true,
  ),
  p(
    "used-estate",
    "CAR",
    ["Brukt stasjonsvogn, 2022-modell", "Brugt stationcar, 2022-model", "Used estate car, 2022 model"],
    ["bruktbil", "brugt bil", "a used car"],
    [219_900, 329_900],
  ),
  p(
    "kitchen-island",
    "KITCHEN",
    ["Kjøkken med kjøkkenøy, hvit matt", "Køkken med køkkenø, hvid mat", "Kitchen with island, matt white"],
    ["kjøkken", "køkken", "a kitchen"],
    [145_000, 320_000],
    true,
  ),
  p(
    "kitchen-oak",
    "KITCHEN",
    ["Kjøkken i eik og antrasitt", "Køkken i eg og antracit", "Kitchen in oak and anthracite"],
    ["kjøkken", "køkken", "a kitchen"],
    [110_000, 240_000],
    true,
  ),
  p(
    "worktop",
    "KITCHEN",
    ["Benkeplate i kompositt, 4 m", "Bordplade i komposit, 4 m", "Composite worktop, 4 m"],
    ["benkeplate", "bordplade", "a worktop"],
    [18_000, 42_000],
    true,
  ),
  p(
    "appliances",
    "KITCHEN",
    ["Integrerte hvitevarer, pakke", "Integrerede hvidevarer, pakke", "Integrated appliances, bundle"],
    ["hvitevarer", "hvidevarer", "appliances"],
    [38_000, 79_000],
  ),
  p(
    "bathroom",
    "BATHROOM",
    ["Komplett baderom, 6 m²", "Komplet badeværelse, 6 m²", "Complete bathroom, 6 m²"],
    ["baderom", "badeværelse", "a bathroom"],
    [120_000, 260_000],
    true,
  ),
  p(
    "vanity",
    "BATHROOM",
    [
      "Baderomsinnredning med servant, 100 cm",
      "Badeværelsesmøbel med håndvask, 100 cm",
      "Vanity unit with basin, 100 cm",
    ],
    ["baderomsinnredning", "badeværelsesmøbel", "a vanity unit"],
    [14_000, 36_000],
  ),
  p(
    "shower",
    "BATHROOM",
    ["Dusjløsning med glassvegger", "Brusenniche med glasvægge", "Shower with glass walls"],
    ["dusjløsning", "brusenniche", "a shower"],
    [12_000, 28_000],
  ),
  p(
    "heating",
    "BATHROOM",
    ["Varmekabler og fliser, 8 m²", "Gulvvarme og fliser, 8 m²", "Underfloor heating and tiles, 8 m²"],
    ["varmekabler", "gulvvarme", "underfloor heating"],
    [18_000, 40_000],
  ),
  p(
    "decking",
    "BUILDING_MATERIALS",
    [
      "Terrassebord, royalimpregnert, 60 m²",
      "Terrassebrædder, trykimprægneret, 60 m²",
      "Pressure-treated decking, 60 m²",
    ],
    ["terrassebord", "terrassebrædder", "decking"],
    [22_000, 45_000],
  ),
  p(
    "insulation",
    "BUILDING_MATERIALS",
    ["Isolasjon og gips til loft", "Isolering og gips til loft", "Loft insulation and plasterboard"],
    ["isolasjon", "isolering", "insulation"],
    [28_000, 65_000],
  ),
  p(
    "windows",
    "BUILDING_MATERIALS",
    ["Vinduer, 6 stk, 3-lags glass", "Vinduer, 6 stk, 3-lags glas", "Windows, 6 pcs, triple glazed"],
    ["vinduer", "vinduer", "windows"],
    [48_000, 96_000],
    true,
  ),
  p(
    "roofing",
    "BUILDING_MATERIALS",
    ["Takstein og lekter, 120 m²", "Tagsten og lægter, 120 m²", "Roof tiles and battens, 120 m²"],
    ["takstein", "tagsten", "roof tiles"],
    [70_000, 140_000],
  ),
  p(
    "extension",
    "BUILDING_MATERIALS",
    ["Materialpakke tilbygg, 15 m²", "Materialepakke tilbygning, 15 m²", "Materials for a 15 m² extension"],
    ["materialpakke", "materialepakke", "a materials package"],
    [95_000, 190_000],
  ),
  p(
    "drill",
    "TOOLS",
    [
      "Drill og slagtrekker, 18 V-sett",
      "Boremaskine og slagskruetrækker, 18 V-sæt",
      "Drill and impact driver, 18 V set",
    ],
    ["drill", "boremaskine", "a drill"],
    [2_990, 5_990],
  ),
  p(
    "mitre-saw",
    "TOOLS",
    ["Gjæresag med stativ", "Geringssav med stativ", "Mitre saw with stand"],
    ["gjæresag", "geringssav", "a mitre saw"],
    [4_490, 9_990],
  ),
  p(
    "pressure-washer",
    "TOOLS",
    ["Høytrykkspyler", "Højtryksrenser", "Pressure washer"],
    ["høytrykkspyler", "højtryksrenser", "a pressure washer"],
    [2_490, 6_990],
  ),
  p(
    "laser-level",
    "TOOLS",
    ["Laser-vater med stativ", "Laser-vaterpas med stativ", "Laser level with tripod"],
    ["laser-vater", "laser-vaterpas", "a laser level"],
    [1_990, 4_990],
  ),
  p(
    "robot-mower",
    "GARDEN",
    ["Robotgressklipper", "Robotplæneklipper", "Robot lawn mower"],
    ["robotgressklipper", "robotplæneklipper", "a robot mower"],
    [9_990, 24_990],
  ),
  p(
    "greenhouse",
    "GARDEN",
    ["Drivhus i glass, 8 m²", "Drivhus i glas, 8 m²", "Glass greenhouse, 8 m²"],
    ["drivhus", "drivhus", "a greenhouse"],
    [19_990, 44_990],
  ),
  p(
    "patio-set",
    "GARDEN",
    ["Hagemøbelsett, 6 personer", "Havemøbelsæt, 6 personer", "Garden furniture, 6 seats"],
    ["hagemøbler", "havemøbler", "garden furniture"],
    [12_990, 29_990],
  ),
  p(
    "fence",
    "GARDEN",
    ["Platting og levegg, materialpakke", "Terrasse og læhegn, materialepakke", "Patio and privacy fence, materials"],
    ["levegg", "læhegn", "a privacy fence"],
    [24_000, 58_000],
  ),
];

export const CATEGORY_WEIGHTS: Record<TeamKey, readonly (readonly [ProductCategory, number])[]> = {
  car: [["CAR", 1]],
  build: [
    ["KITCHEN", 22],
    ["BATHROOM", 16],
    ["BUILDING_MATERIALS", 25],
    ["TOOLS", 20],
    ["GARDEN", 17],
  ],
};

export const TOPICS: Record<ProductCategory, readonly (readonly [Topic, number])[]> = {
  CAR: [
    ["delivery_time", 26],
    ["price", 18],
    ["financing", 16],
    ["trade_in", 14],
    ["availability", 10],
    ["test_drive", 16],
  ],
  KITCHEN: [
    ["delivery_time", 24],
    ["price", 24],
    ["financing", 10],
    ["installation", 28],
    ["availability", 14],
  ],
  BATHROOM: [
    ["installation", 35],
    ["price", 35],
    ["delivery_time", 30],
  ],
  BUILDING_MATERIALS: [
    ["availability", 40],
    ["delivery_time", 35],
    ["price", 25],
  ],
  TOOLS: [
    ["availability", 55],
    ["price", 45],
  ],
  GARDEN: [
    ["availability", 40],
    ["price", 35],
    ["delivery_time", 25],
  ],
};

/** Typical weeks from order to delivery, as a salesperson would quote it. */
export const QUOTED_WEEKS: Record<ProductCategory, readonly [number, number]> = {
  CAR: [8, 16],
  KITCHEN: [6, 10],
  BATHROOM: [3, 6],
  BUILDING_MATERIALS: [1, 2],
  TOOLS: [1, 1],
  GARDEN: [1, 2],
};

export const PARTNERS: Record<TeamKey, { referral: readonly string[]; fitter: string; carrier: string }> = {
  car: {
    referral: ["Fjordbanken billån", "Sørlys Leasing", "Bilforsikring Nord"],
    fitter: "Nordvik Verksted",
    carrier: "Vestby Biltransport",
  },
  build: {
    referral: ["Hvaler Snekkerservice", "Limfjord VVS", "Østfold Rør og Bad"],
    fitter: "Fjordsiden Montasje",
    carrier: "Fjordfrakt",
  },
};

export function productsIn(category: ProductCategory): readonly Product[] {
  return PRODUCTS.filter((x) => x.category === category);
}

export function productByKey(key: string): Product {
  const found = PRODUCTS.find((x) => x.key === key);
  if (!found) throw new Error(`Unknown demo product ${key}`);
  return found;
}

/** A shop price in minor units: 489,900-style list prices, DKK at about 0.65 of NOK. */
export function priceMinor(nok: number, currency: "NOK" | "DKK" | "EUR"): number {
  const raw = currency === "DKK" ? nok * 0.65 : currency === "EUR" ? nok * 0.087 : nok;
  const [step, shave] = raw >= 100_000 ? [1_000, 100] : raw >= 1_000 ? [100, 10] : [10, 1];
  const major = Math.max(step, Math.round(raw / step) * step) - shave;
  return major * 100;
}
