import type { Localized } from "./catalog";

// Summaries and reasons during and after the purchase: order updates, delivery,
// service, reviews, loyalty and consent sources.

const L = (nb: string, da: string, en: string): Localized => ({ nb, da, en });

export const ORDER_TEXT = {
  placed: L("Bestilte {product} ({number})", "Bestilte {product} ({number})", "Ordered {product} ({number})"),
  confirmed: L(
    "Ordrebekreftelse sendt for {number}",
    "Ordrebekræftelse sendt for {number}",
    "Order confirmation sent for {number}",
  ),
  production: L("{number} er satt i produksjon", "{number} er sat i produktion", "{number} has gone into production"),
  shipped: L(
    "{number} er sendt fra leverandøren",
    "{number} er afsendt fra leverandøren",
    "{number} has shipped from the supplier",
  ),
  ready: L("{number} er klar til henting", "{number} er klar til afhentning", "{number} is ready for pickup"),
  out: L(
    "{number} er ute for levering i dag",
    "{number} er ude til levering i dag",
    "{number} is out for delivery today",
  ),
  dateChange: L(
    "Ny forventet leveringsdato for {number}: {date} ({reason})",
    "Ny forventet leveringsdato for {number}: {date} ({reason})",
    "New expected delivery date for {number}: {date} ({reason})",
  ),
  question: L(
    "Spurte om {number}: når kommer leveransen?",
    "Spurgte til {number}: hvornår kommer leverancen?",
    "Asked about {number}: when will it arrive?",
  ),
  delivered: L("{product} levert av {carrier}", "{product} leveret af {carrier}", "{product} delivered by {carrier}"),
  pickedUp: L("Hentet {product} hos oss", "Hentede {product} hos os", "Picked up {product} from us"),
  cancelled: L("{number} kansellert", "{number} annulleret", "{number} cancelled"),
};

export const DATE_CHANGE_REASONS: readonly Localized[] = [
  L("Forsinkelse fra fabrikken", "Forsinkelse fra fabrikken", "Delay at the factory"),
  L(
    "Mangel på komponenter hos leverandøren",
    "Mangel på komponenter hos leverandøren",
    "Component shortage at the supplier",
  ),
  L(
    "Forsinket skipning fra produsent",
    "Forsinket udskibning fra producenten",
    "Delayed shipment from the manufacturer",
  ),
  L("Kunden ønsket senere levering", "Kunden ønskede senere levering", "Customer asked for later delivery"),
  L("Kapasitet hos montør", "Kapacitet hos montøren", "Fitter capacity"),
];

/** Staff-only notes on an order; never shown in the customer portal. */
export const INTERNAL_NOTES: Record<"car" | "build", readonly Localized[]> = {
  car: [
    L(
      "Kunden er prisfølsom – ga 5 % rabatt mot innbytte",
      "Kunden er prisfølsom – gav 5 % rabat ved bytte",
      "Price-sensitive – gave 5% off against the trade-in",
    ),
    L(
      "Fabrikken har bekreftet ny produksjonsuke",
      "Fabrikken har bekræftet ny produktionsuge",
      "The factory has confirmed a new production week",
    ),
    L(
      "Vinterhjul og hengerfeste skal monteres før utlevering",
      "Vinterhjul og anhængertræk monteres før udlevering",
      "Fit winter wheels and tow bar before handover",
    ),
    L(
      "Viktig kunde – har kjøpt tre biler hos oss",
      "Vigtig kunde – har købt tre biler hos os",
      "Key customer – has bought three cars from us",
    ),
    L(
      "Innbyttebil taksert, ikke kommuniser prisen på telefon",
      "Byttebil vurderet, oplys ikke prisen i telefonen",
      "Trade-in valued; do not quote the figure by phone",
    ),
  ],
  build: [
    L(
      "Montør bestilt, ring kunden dagen før",
      "Montør bestilt, ring til kunden dagen før",
      "Fitter booked, call the customer the day before",
    ),
    L(
      "Vil ha levering etter fellesferien",
      "Ønsker levering efter sommerferien",
      "Wants delivery after the summer holiday",
    ),
    L("Avtalt ekstra rabatt på frakt", "Aftalt ekstra rabat på fragt", "Agreed an extra discount on shipping"),
    L(
      "Smal innkjørsel – bruk liten bil ved levering",
      "Smal indkørsel – brug lille bil ved levering",
      "Narrow driveway – use the small truck",
    ),
    L("Proff-kunde, faktura på firma", "Erhvervskunde, faktura til firma", "Trade customer, invoice the company"),
  ],
};

export const AFTER_TEXT = {
  firstService: L(
    "Første service på {short} hos {fitter}",
    "Første service på {short} hos {fitter}",
    "First service of {short} at {fitter}",
  ),
  installed: L(
    "Montør fra {fitter} monterte {short}",
    "Montør fra {fitter} monterede {short}",
    "A fitter from {fitter} installed {short}",
  ),
  review: L(
    "Anmeldelse, {stars} av 5: «{text}»",
    "Anmeldelse, {stars} af 5: »{text}«",
    "Review, {stars} of 5: “{text}”",
  ),
  sharedPhoto: L(
    "Delte bilde av {short} på sosiale medier",
    "Delte billede af {short} på sociale medier",
    "Shared a photo of {short} on social media",
  ),
  myPage: L(
    "Logget inn på Min side og så på ordrene sine",
    "Loggede ind på Min side og så sine ordrer",
    "Signed in to My page to look at orders",
  ),
  newsletter: L(
    "Klikket på medlemstilbud i nyhetsbrevet",
    "Klikkede på medlemstilbud i nyhedsbrevet",
    "Clicked a member offer in the newsletter",
  ),
  earned: L(
    "Fikk {points} poeng for {number}",
    "Fik {points} point for {number}",
    "Earned {points} points for {number}",
  ),
  redeemed: L(
    "Løste inn {points} poeng mot gavekort",
    "Indløste {points} point til gavekort",
    "Redeemed {points} points for a gift card",
  ),
};

/** Review texts by star rating (index 0 = 1 star). Moved deliveries earn the lower ones. */
export const REVIEWS: readonly Localized[] = [
  L("Ingen svarte på henvendelsen min", "Ingen svarede på min henvendelse", "Nobody answered my enquiry"),
  L("Leveransen ble utsatt to ganger", "Leveringen blev udskudt to gange", "The delivery was postponed twice"),
  L(
    "Greit produkt, men treg kommunikasjon",
    "Fint produkt, men langsom kommunikation",
    "Decent product, slow communication",
  ),
  L(
    "Fornøyd, men leveringen tok litt tid",
    "Tilfreds, men leveringen tog lidt tid",
    "Happy, but delivery took a while",
  ),
  L("Rask levering og god oppfølging", "Hurtig levering og god opfølgning", "Quick delivery and great follow-up"),
];

export const LOYALTY_TEXT = {
  order: L("Poeng for ordre {number}", "Point for ordre {number}", "Points for order {number}"),
  welcome: L("Velkomstbonus", "Velkomstbonus", "Welcome bonus"),
  review: L("Bonus for anmeldelse", "Bonus for anmeldelse", "Review bonus"),
  redeemed: L("Innløst: gavekort {value} kr", "Indløst: gavekort {value} kr.", "Redeemed: gift card {value}"),
};

export const CONSENT_SOURCES = {
  given: [
    L("nettskjema", "webformular", "web form"),
    L("i butikk", "i butikken", "in store"),
    L("telefon", "telefon", "phone"),
    L("Min side", "Min side", "My page"),
  ],
  withdrawn: [
    L("avmeldingslenke i e-post", "afmeldingslink i mail", "unsubscribe link"),
    L("Min side", "Min side", "My page"),
    L("telefon", "telefon", "phone"),
  ],
};
