import { describe, expect, it } from "vitest";
import { normaliseImportHeader, suggestMapping } from "./presets";

describe("suggestMapping", () => {
  it("recognises a HubSpot contacts export", () => {
    const columns = [
      "Record ID",
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Mobile Phone Number",
      "City",
      "Contact owner",
      "Lifecycle Stage",
      "Lead Status",
      "Create Date",
    ];
    expect(suggestMapping(columns)).toEqual({
      preset: "hubspot",
      mapping: [
        "externalId",
        "firstName",
        "lastName",
        "email",
        "phone",
        null,
        "city",
        "owner",
        "journeyStage",
        null,
        null,
      ],
    });
  });

  it("recognises a Pipedrive people export, with and without the Person - prefix", () => {
    const columns = [
      "ID",
      "Name",
      "First name",
      "Last name",
      "Organization",
      "Email - Work",
      "Email - Home",
      "Phone - Mobile",
      "Phone - Work",
      "Owner",
      "Label",
    ];
    const mapping = [
      "externalId",
      "name",
      "firstName",
      "lastName",
      "notes",
      "email",
      null,
      "phone",
      null,
      "owner",
      null,
    ];
    expect(suggestMapping(columns)).toEqual({ preset: "pipedrive", mapping });
    const prefixed = suggestMapping(columns.map((c) => `Person - ${c}`));
    expect(prefixed).toEqual({ preset: "pipedrive", mapping });
  });

  it("puts the organisation in notes only when no column is a real note", () => {
    const { mapping } = suggestMapping(["Name", "Organization", "Notes", "Owner", "Email - Work"]);
    expect(mapping).toEqual(["name", null, "notes", "owner", "email"]);
  });

  it("recognises Norwegian and Danish sheets", () => {
    expect(suggestMapping(["Navn", "E-post", "Telefon", "Poststed"])).toEqual({
      preset: "nordic",
      mapping: ["name", "email", "phone", "city"],
    });
    expect(
      suggestMapping(["Fornavn", "Efternavn", "E-mail", "Mobil", "Telefon", "Postdistrikt", "Sælger", "Note"]),
    ).toEqual({
      preset: "nordic",
      mapping: ["firstName", "lastName", "email", "phone", null, "city", "owner", "notes"],
    });
  });

  it.each([
    [
      "en",
      [
        "Reise id",
        "Name",
        "Email",
        "Phone",
        "City",
        "Owner",
        "Team",
        "Journey stage",
        "Email marketing consent",
        "SMS consent",
      ],
    ],
    [
      "nb",
      [
        "Reise id",
        "Navn",
        "E-post",
        "Telefon",
        "Sted",
        "Eier",
        "Team",
        "Kundereisefase",
        "Samtykke e-postmarkedsføring",
        "Samtykke SMS",
      ],
    ],
    [
      "da",
      [
        "Reise id",
        "Navn",
        "E-mail",
        "Telefon",
        "By",
        "Ejer",
        "Team",
        "Kunderejsefase",
        "Samtykke e-mailmarkedsføring",
        "Samtykke SMS",
      ],
    ],
  ])("recognises Reise's own export in %s, and ignores its Reise id", (_, columns) => {
    expect(suggestMapping(columns)).toEqual({
      preset: "reise",
      mapping: [null, "name", "email", "phone", "city", "owner", "team", "journeyStage", "emailConsent", "smsConsent"],
    });
  });

  it("keeps reading today's four columns and today's export codes", () => {
    expect(suggestMapping(["name", "email", "phone", "city"])).toEqual({
      preset: "reise",
      mapping: ["name", "email", "phone", "city"],
    });
    const today = [
      "id",
      "name",
      "email",
      "phone",
      "city",
      "loyaltyTier",
      "loyaltyPoints",
      "journeyStage",
      "owner",
      "lastActivityAt",
      "hasOpenLead",
      "marketingConsent",
    ];
    expect(suggestMapping(today).mapping).toEqual([
      null,
      "name",
      "email",
      "phone",
      "city",
      null,
      null,
      "journeyStage",
      "owner",
      null,
      null,
      "emailConsent",
    ]);
  });

  it("maps unknown columns to null, never a field twice, and names no layout it does not know", () => {
    expect(suggestMapping(["Kundenummer", "Fødselsdato"])).toEqual({ preset: null, mapping: [null, null] });
    expect(suggestMapping(["E-post", "Email", "Navn"]).mapping).toEqual(["email", null, "name"]);
  });
});

describe("normaliseImportHeader", () => {
  it("ignores case, spaces and punctuation, and keeps æ, ø and å", () => {
    expect(normaliseImportHeader(" E-Post ")).toBe("epost");
    expect(normaliseImportHeader("Email_-_Work")).toBe("emailwork");
    expect(normaliseImportHeader("Sælger")).toBe("sælger");
    expect(normaliseImportHeader("Sælger")).not.toBe(normaliseImportHeader("Saelger"));
    // Decomposed å (a + ring, as macOS writes) is the same å.
    expect(normaliseImportHeader("Poststed på".normalize("NFD"))).toBe("poststedpå");
  });
});
