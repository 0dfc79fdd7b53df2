import type { Rng } from "./random";
import type { Currency, Locale } from "./rows";

// Names and places for demo customers. Everything is fictional: emails use
// example domains only, phone numbers are random digits in the national format.

const NB_FIRST = [
  "Jan",
  "Per",
  "Bjørn",
  "Ole",
  "Lars",
  "Kjell",
  "Knut",
  "Arne",
  "Hans",
  "Thomas",
  "Martin",
  "Andreas",
  "Jonas",
  "Emil",
  "Mathias",
  "Henrik",
  "Magnus",
  "Sindre",
  "Eirik",
  "Håkon",
  "Ali",
  "Mohammad",
  "Ingrid",
  "Anne",
  "Kari",
  "Marit",
  "Liv",
  "Hilde",
  "Nina",
  "Ida",
  "Nora",
  "Emma",
  "Sara",
  "Ingeborg",
  "Silje",
  "Maria",
  "Camilla",
  "Tone",
  "Ragnhild",
  "Solveig",
  "Astrid",
  "Fatima",
  "Linh",
  "Aisha",
];
const NB_LAST = [
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
  "Jensen",
  "Karlsen",
  "Johnsen",
  "Pettersen",
  "Eriksen",
  "Berg",
  "Haugen",
  "Hagen",
  "Johannessen",
  "Andreassen",
  "Jacobsen",
  "Dahl",
  "Jørgensen",
  "Halvorsen",
  "Henriksen",
  "Lund",
  "Sørensen",
  "Moen",
  "Gundersen",
  "Iversen",
  "Strand",
  "Solberg",
  "Svendsen",
  "Eide",
  "Knutsen",
  "Martinsen",
  "Bakken",
  "Lie",
  "Amundsen",
  "Nguyen",
  "Rasmussen",
  "Ali",
  "Lunde",
  "Solheim",
  "Berge",
  "Moe",
  "Nygård",
  "Bakke",
  "Holm",
  "Lien",
  "Hauge",
  "Sæther",
  "Aas",
  "Myhre",
  "Ahmed",
  "Haugland",
  "Sandvik",
  "Rønning",
  "Kvalheim",
  "Fjeld",
];
const DA_FIRST = [
  "Peter",
  "Jens",
  "Lars",
  "Michael",
  "Henrik",
  "Søren",
  "Thomas",
  "Jesper",
  "Niels",
  "Rasmus",
  "Mads",
  "Mikkel",
  "Frederik",
  "Kasper",
  "Christian",
  "Jakob",
  "Anne",
  "Kirsten",
  "Hanne",
  "Mette",
  "Anna",
  "Helle",
  "Susanne",
  "Lene",
  "Marianne",
  "Camilla",
  "Louise",
  "Sofie",
  "Freja",
  "Ida",
  "Emma",
  "Line",
];
const DA_LAST = [
  "Nielsen",
  "Jensen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Jørgensen",
  "Petersen",
  "Madsen",
  "Kristensen",
  "Olsen",
  "Thomsen",
  "Christiansen",
  "Poulsen",
  "Johansen",
  "Møller",
  "Mortensen",
  "Knudsen",
  "Jakobsen",
  "Mikkelsen",
  "Frederiksen",
  "Laursen",
  "Østergaard",
  "Dahl",
  "Bach",
  "Holm",
  "Kjær",
  "Lund",
  "Vestergaard",
  "Skov",
  "Brandt",
];
const EN_FIRST = [
  "James",
  "Emily",
  "Daniel",
  "Olivia",
  "Lukas",
  "Sophie",
  "Marco",
  "Anna",
  "Piotr",
  "Priya",
  "David",
  "Hannah",
  "Tomás",
  "Chloe",
  "Ahmed",
  "Julia",
  "Samuel",
  "Laura",
  "Matteo",
  "Zofia",
];
const EN_LAST = [
  "Carter",
  "Smith",
  "Brown",
  "Wilson",
  "Schneider",
  "Müller",
  "Rossi",
  "Kowalski",
  "Nowak",
  "Sharma",
  "García",
  "Martin",
  "Taylor",
  "Murphy",
  "Dubois",
  "Novak",
  "Evans",
  "Fischer",
  "Costa",
  "Walsh",
];

/** Cities each business serves: the car dealer around Oslo, the builders' store in Østfold and Nordjylland. */
export const CITIES = {
  car: {
    NO: ["Oslo", "Oslo", "Oslo", "Bærum", "Asker", "Lillestrøm", "Lørenskog", "Ski", "Drammen", "Jessheim"],
    DK: ["København", "Frederiksberg"],
  },
  build: {
    NO: ["Fredrikstad", "Fredrikstad", "Sarpsborg", "Hvaler", "Moss", "Halden", "Råde", "Rygge"],
    DK: ["Aalborg", "Aalborg", "Nørresundby", "Hjørring", "Frederikshavn", "Brønderslev", "Hobro", "Skive"],
  },
} as const;

export interface Person {
  name: string;
  email: string | null;
  phone: string | null;
  city: string;
  locale: Locale;
  currency: Currency;
}

const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "aa", ä: "a", ö: "o", ü: "u", é: "e", á: "a" };

export function emailLocalPart(first: string, last: string): string {
  return `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, (ch) => FOLD[ch] ?? "");
}

/** `base`, or the same address numbered ("kari.nilsen2@…") when `usedEmails` has it already; counts it. */
export function uniqueEmail(base: string, usedEmails: Map<string, number>): string {
  const seen = usedEmails.get(base) ?? 0;
  usedEmails.set(base, seen + 1);
  return seen === 0 ? base : base.replace("@", `${seen + 1}@`);
}

/** A fictional person for the given market. `usedEmails` keeps addresses unique across the run. */
export function makePerson(rng: Rng, team: "car" | "build", usedEmails: Map<string, number>): Person {
  const locale: Locale = rng.weighted<Locale>(
    team === "car"
      ? [
          ["nb", 88],
          ["en", 8],
          ["da", 4],
        ]
      : [
          ["nb", 55],
          ["da", 38],
          ["en", 7],
        ],
  );
  const country = locale === "da" ? "DK" : locale === "nb" ? "NO" : team === "build" && rng.chance(0.4) ? "DK" : "NO";
  const [first, last] =
    locale === "nb"
      ? [rng.pick(NB_FIRST), rng.pick(NB_LAST)]
      : locale === "da"
        ? [rng.pick(DA_FIRST), rng.pick(DA_LAST)]
        : [rng.pick(EN_FIRST), rng.pick(EN_LAST)];
  const domain =
    locale === "en"
      ? rng.pick(["example.com", "example.net", "example.org"])
      : country === "DK"
        ? rng.pick(["eksempel.dk", "eksempel.dk", "example.com"])
        : rng.pick(["eksempel.no", "eksempel.no", "example.com"]);
  const email = uniqueEmail(`${emailLocalPart(first, last)}@${domain}`, usedEmails);
  // Some records came from the store or the phone and never got an email, others lack a phone.
  const missing = rng.weighted<"none" | "email" | "phone">([
    ["none", 82],
    ["email", 7],
    ["phone", 11],
  ]);
  return {
    name: `${first} ${last}`,
    email: missing === "email" ? null : email,
    phone: missing === "phone" ? null : phoneNumber(rng, country),
    city: rng.pick(CITIES[team][country]),
    locale,
    currency: country === "DK" ? "DKK" : "NOK",
  };
}

/** E.164 mobile numbers: +47 then 8 digits starting 4 or 9; +45 then 8 digits starting 2–6. */
export function phoneNumber(rng: Rng, country: "NO" | "DK"): string {
  const lead = country === "NO" ? rng.pick(["4", "9"]) : String(rng.int(2, 6));
  let rest = "";
  for (let i = 0; i < 7; i++) rest += String(rng.int(0, 9));
  return `${country === "NO" ? "+47" : "+45"}${lead}${rest}`;
}
