import da from "@/messages/da/customerImport.json";
import en from "@/messages/en/customerImport.json";
import nb from "@/messages/nb/customerImport.json";
import { IMPORT_FIELDS, type ImportField } from "./fields";

// The header words of each layout a manager brings, normalised (normaliseImportHeader). Reise's own
// export writes the words of messages/*/customerImport.json `fields`, so export and import cannot
// drift apart. null: a column the layout is known to have and the import ignores.

export const IMPORT_PRESETS = ["reise", "hubspot", "pipedrive", "nordic"] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];

/** Case, spaces and punctuation do not matter ("E-post" = "epost", "Email - Work" = "emailwork"); æ, ø, å do. */
export function normaliseImportHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export type Table = Record<string, ImportField | null>;
export const WEAK_NOTES = new Set(["organization", "organisation", "companyname", "company"]);

const reiseLabels = Object.fromEntries(
  [en, nb, da].flatMap((m) => IMPORT_FIELDS.map((f) => [normaliseImportHeader(m.fields[f]), f])),
);

export const TABLES: Record<ImportPreset, Table> = {
  reise: {
    ...reiseLabels,
    // Today's template and today's export (raw codes); the export's own id is Reise's, not a source id.
    name: "name",
    email: "email",
    phone: "phone",
    city: "city",
    owner: "owner",
    journeystage: "journeyStage",
    marketingconsent: "emailConsent",
    reiseid: null,
    id: null,
  },
  hubspot: {
    recordid: "externalId",
    contactid: "externalId",
    firstname: "firstName",
    lastname: "lastName",
    email: "email",
    emailaddress: "email",
    phonenumber: "phone",
    mobilephonenumber: "phone",
    city: "city",
    contactowner: "owner",
    hubspotowner: "owner",
    hubspotteam: "team",
    lifecyclestage: "journeyStage",
    companyname: "notes",
  },
  pipedrive: {
    id: "externalId",
    name: "name",
    firstname: "firstName",
    lastname: "lastName",
    emailwork: "email",
    emailhome: "email",
    emailother: "email",
    email: "email",
    phonemobile: "phone",
    phonework: "phone",
    phonehome: "phone",
    phoneother: "phone",
    phone: "phone",
    organization: "notes",
    owner: "owner",
    notes: "notes",
  },
  nordic: {
    navn: "name",
    fulltnavn: "name",
    fuldenavn: "name",
    kunde: "name",
    fornavn: "firstName",
    etternavn: "lastName",
    efternavn: "lastName",
    epost: "email",
    epostadresse: "email",
    email: "email",
    emailadresse: "email",
    mobil: "phone",
    mobilnummer: "phone",
    mobiltelefon: "phone",
    telefon: "phone",
    telefonnummer: "phone",
    tlf: "phone",
    poststed: "city",
    sted: "city",
    by: "city",
    postdistrikt: "city",
    eier: "owner",
    ejer: "owner",
    selger: "owner",
    sælger: "owner",
    ansvarlig: "owner",
    team: "team",
    notat: "notes",
    notater: "notes",
    note: "notes",
    noter: "notes",
    kommentar: "notes",
    kommentarer: "notes",
    bemerkning: "notes",
    bemærkning: "notes",
  },
};
