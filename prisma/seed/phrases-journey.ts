import type { Localized, Topic } from "./catalog";
import type { Locale } from "./rows";

// Short touchpoint summaries before the purchase, in the customer's language,
// the way a salesperson would jot them down. `{x}` slots are filled by say().

export function say(locale: Locale, template: Localized, vars: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ""));
}

const L = (nb: string, da: string, en: string): Localized => ({ nb, da, en });

/** What the customer asked, by buying signal. */
export const QUESTIONS: Record<Topic, Localized> = {
  delivery_time: L("hvor fort kan dere levere?", "hvor hurtigt kan I levere?", "how fast can you deliver?"),
  price: L("hva koster {short}?", "hvad koster {short}?", "what does {short} cost?"),
  financing: L(
    "hva blir månedsprisen med finansiering?",
    "hvad bliver den månedlige ydelse med finansiering?",
    "what is the monthly cost with financing?",
  ),
  trade_in: L(
    "hva får jeg for bilen min i innbytte?",
    "hvad får jeg for min bil i bytte?",
    "what would I get for my car as a trade-in?",
  ),
  availability: L("har dere {short} på lager?", "har I {short} på lager?", "do you have {short} in stock?"),
  test_drive: L("kan jeg prøvekjøre {short}?", "kan jeg prøvekøre {short}?", "can I test-drive {short}?"),
  installation: L(
    "kan dere ta monteringen også?",
    "kan I også stå for monteringen?",
    "can you do the installation too?",
  ),
};

/** What we answered, by buying signal. */
export const ANSWERS: Record<Topic, Localized> = {
  delivery_time: L(
    "levering om ca. {weeks} uker fra bestilling",
    "levering om ca. {weeks} uger fra bestilling",
    "delivery in about {weeks} weeks from order",
  ),
  price: L("{short} koster fra {price}", "{short} koster fra {price}", "{short} starts at {price}"),
  financing: L(
    "regnet på finansiering og månedspris",
    "regnede på finansiering og månedlig ydelse",
    "worked out financing and the monthly cost",
  ),
  trade_in: L(
    "avtalte takst av innbyttebilen",
    "aftalte vurdering af byttebilen",
    "booked a valuation of the trade-in",
  ),
  availability: L(
    "bekreftet at {short} er på lager",
    "bekræftede at {short} er på lager",
    "confirmed {short} is in stock",
  ),
  test_drive: L("avtalte prøvekjøring på lørdag", "aftalte prøvetur på lørdag", "booked a test drive on Saturday"),
  installation: L(
    "montering kan bestilles sammen med leveransen",
    "montering kan bestilles sammen med leverancen",
    "installation can be booked with the delivery",
  ),
};

/** An inbound signal: "{how}: {question}". Keyed by touchpoint kind (and channel where it matters). */
export const ASKED = {
  CHAT_MESSAGE: L("Spurte i chatten: {q}", "Spurgte i chatten: {q}", "Asked in chat: {q}"),
  EMAIL: L("Skrev på e-post: {q}", "Skrev på mail: {q}", "Wrote by email: {q}"),
  CALL: L("Ringte inn og spurte: {q}", "Ringede ind og spurgte: {q}", "Called in and asked: {q}"),
  SMS: L("Svarte på SMS: {q}", "Svarede på sms: {q}", "Replied by text: {q}"),
  CALLBACK_REQUEST: L("Ba om å bli ringt opp – {q}", "Bad om at blive ringet op – {q}", "Asked for a call back – {q}"),
  FORM_SUBMISSION: L("Sendte kontaktskjema: {q}", "Sendte kontaktformular: {q}", "Sent the contact form: {q}"),
  APPOINTMENT_REQUEST: L(
    "Ba om en avtale i appen: {q}",
    "Bad om en aftale i appen: {q}",
    "Asked for an appointment in the app: {q}",
  ),
  STORE_VISIT: L(
    "Var innom {place} og spurte: {q}",
    "Kiggede forbi {place} og spurgte: {q}",
    "Visited {place} and asked: {q}",
  ),
  EVENT_VISIT: L(
    "Besøkte standen vår på {event}: {q}",
    "Besøgte vores stand på {event}: {q}",
    "Visited our stand at {event}: {q}",
  ),
  SOCIAL_MENTION: L(
    "Spurte i kommentarfeltet på sosiale medier: {q}",
    "Spurgte i kommentarerne på sociale medier: {q}",
    "Asked in a social media comment: {q}",
  ),
  PARTNER_REFERRAL: L(
    "Henvist fra {partner}: {interest}",
    "Henvist fra {partner}: {interest}",
    "Referred by {partner}: {interest}",
  ),
  CAMPAIGN_FORM: L(
    "Meldte interesse på kampanjesiden «{campaign}»: {q}",
    "Meldte interesse på kampagnesiden »{campaign}«: {q}",
    "Signed up on the campaign page “{campaign}”: {q}",
  ),
};

/** An outbound reply by a salesperson: "{how}: {answer}". */
export const REPLIED = {
  CHAT_MESSAGE: L("Svarte i chatten: {a}", "Svarede i chatten: {a}", "Replied in chat: {a}"),
  CALL: L("Ringte kunden: {a}", "Ringede til kunden: {a}", "Called the customer: {a}"),
  EMAIL: L("Sendte e-post: {a}", "Sendte mail: {a}", "Sent an email: {a}"),
  SMS: L("Sendte SMS: {a}", "Sendte sms: {a}", "Sent a text: {a}"),
  MEETING: L("Møte i {place}: {a}", "Møde i {place}: {a}", "Meeting in {place}: {a}"),
};

export const PROGRESS = {
  qualified: L("kartla behov og budsjett", "afdækkede behov og budget", "went through needs and budget"),
  proposal: L(
    "tilbud på {short} med pris og leveringstid",
    "tilbud på {short} med pris og leveringstid",
    "a proposal for {short} with price and delivery time",
  ),
  won: L("kunden takket ja til tilbudet", "kunden takkede ja til tilbuddet", "the customer accepted the offer"),
  lost: L("kunden takket nei – {reason}", "kunden takkede nej – {reason}", "the customer declined – {reason}"),
  noAnswer: L("fikk ikke svar, prøver igjen", "fik ikke svar, prøver igen", "no answer, will try again"),
  callBackLater: L(
    "kunden vil tenke litt, ring tilbake senere",
    "kunden vil tænke over det, ring igen senere",
    "the customer wants time to think, call back later",
  ),
};

export const PLACES = {
  car: L("utstillingslokalet", "udstillingslokalet", "the showroom"),
  build: L("butikken", "butikken", "the store"),
};

/** Research before anyone talks to us. */
export const BROWSED = {
  PAGE_VIEW: L("Så på {short} på nettsiden", "Kiggede på {short} på hjemmesiden", "Viewed {short} on the website"),
  PAGE_VIEW_APP: L("Så på {short} i appen", "Kiggede på {short} i appen", "Viewed {short} in the app"),
  CAMPAIGN_PAGE: L(
    "Åpnet kampanjesiden «{campaign}»",
    "Åbnede kampagnesiden »{campaign}«",
    "Opened the campaign page “{campaign}”",
  ),
  PRICE_CHECK: L("Sjekket pris på {short}", "Tjekkede prisen på {short}", "Checked the price of {short}"),
  FINANCE_CHECK: L(
    "Brukte finansieringskalkulatoren for {short}",
    "Brugte finansieringsberegneren til {short}",
    "Used the finance calculator for {short}",
  ),
  BROCHURE_DOWNLOAD: L(
    "Lastet ned brosjyre om {short}",
    "Downloadede brochure om {short}",
    "Downloaded the brochure for {short}",
  ),
  NEWSLETTER_CLICK: L(
    "Klikket i nyhetsbrevet: {what}",
    "Klikkede i nyhedsbrevet: {what}",
    "Clicked in the newsletter: {what}",
  ),
  SOCIAL_MENTION: L(
    "Likte et innlegg om {short} på sosiale medier",
    "Syntes godt om et opslag om {short} på sociale medier",
    "Liked a social media post about {short}",
  ),
  STORE_VISIT: L(
    "Var innom {place} og så på {short}",
    "Kiggede forbi {place} og så på {short}",
    "Visited {place} to look at {short}",
  ),
  EVENT_VISIT: L("Kom på {event}", "Kom til {event}", "Came to {event}"),
};

export const LOST_REASONS: readonly Localized[] = [
  L("Valgte en annen forhandler", "Valgte en anden forhandler", "Chose another dealer"),
  L("For høy pris", "For høj pris", "Price too high"),
  L("For lang leveringstid", "For lang leveringstid", "Delivery time too long"),
  L("Utsatt kjøpet", "Har udskudt købet", "Postponed the purchase"),
  L("Fikk ikke finansiering", "Fik ikke finansiering", "Financing not approved"),
  L("Svarte ikke på oppfølging", "Svarede ikke på opfølgning", "Did not respond to follow-up"),
];

export const NEXT_STEPS: readonly Localized[] = [
  L("Ringe tilbake etter prøvekjøring", "Ringe tilbage efter prøveturen", "Call back after the test drive"),
  L("Sende revidert tilbud", "Sende revideret tilbud", "Send a revised offer"),
  L("Følge opp finansieringen", "Følge op på finansieringen", "Follow up on financing"),
  L("Avtale befaring", "Aftale besigtigelse", "Book a site visit"),
  L("Sjekke leveringstid hos leverandør", "Tjekke leveringstid hos leverandøren", "Check lead time with the supplier"),
];

/** The interest line on a lead: product plus the need behind it. */
export const NEEDS: Record<"car" | "build", readonly Localized[]> = {
  car: [
    L("med hengerfeste", "med anhængertræk", "with a tow bar"),
    L("til familie på fem", "til en familie på fem", "for a family of five"),
    L("før vinteren", "før vinteren", "before winter"),
    L("med innbytte av dagens bil", "med bytte af nuværende bil", "trading in the current car"),
    L("som firmabil", "som firmabil", "as a company car"),
  ],
  build: [
    L("til nytt hus på Hvaler", "til nyt hus ved Limfjorden", "for a new house by the fjord"),
    L("oppussing av hytta", "renovering af sommerhuset", "renovating the cabin"),
    L("før sommeren", "før sommeren", "before summer"),
    L("med montering", "med montering", "with installation"),
    L("til utleiedelen", "til udlejningsdelen", "for the rental flat"),
  ],
};
