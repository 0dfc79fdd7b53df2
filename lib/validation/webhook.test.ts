import { describe, expect, it } from "vitest";
import { webhookEndpointSchema } from "./webhook";

// The add-endpoint form's input: what it keeps, and the message key for what it refuses.

const errorsOf = (input: unknown) =>
  webhookEndpointSchema.safeParse(input).error?.issues.map((i) => [i.path[0], i.message]) ?? [];

describe("webhookEndpointSchema", () => {
  it("trims the URL, flattens the description to one line and lists the events in the page's order", () => {
    expect(
      webhookEndpointSchema.parse({
        url: "  https://dms.example.no/hooks/reise ",
        description: "DMS\nBilhuset",
        events: ["touchpoint.created", "lead.won", "lead.created", "lead.won"],
      }),
    ).toEqual({
      url: "https://dms.example.no/hooks/reise",
      description: "DMS Bilhuset",
      events: ["lead.created", "lead.won", "touchpoint.created"],
    });
  });

  it("names what is missing or wrong", () => {
    expect(errorsOf({ url: "", events: [] })).toEqual([
      ["url", "urlRequired"],
      ["events", "eventsRequired"],
    ]);
    expect(errorsOf({ url: "dms.example.no", events: ["lead.won"] })).toEqual([["url", "urlInvalid"]]);
    expect(errorsOf({ url: "https://x.no", events: ["lead.deleted"] })).toEqual([["events", expect.any(String)]]);
    expect(errorsOf({ url: `https://x.no/${"a".repeat(2000)}`, events: ["lead.won"] })).toEqual([
      ["url", "urlTooLong"],
    ]);
    expect(errorsOf({ url: "https://x.no", description: "d".repeat(201), events: ["lead.won"] })).toEqual([
      ["description", "descriptionTooLong"],
    ]);
  });
});
