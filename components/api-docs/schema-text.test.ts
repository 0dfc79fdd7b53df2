import { describe, expect, it } from "vitest";
import { schemaLimits, schemaText } from "./schema-text";

describe("schemaText", () => {
  it("writes references, unions, enums, arrays and formats in a few words", () => {
    expect(schemaText({ $ref: "#/components/schemas/Lead" })).toBe("Lead");
    expect(schemaText({ anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] })).toBe("string (uuid) | null");
    expect(schemaText({ type: ["string", "null"] })).toBe("string | null");
    expect(schemaText({ type: "string", enum: ["NEW", "WON"] })).toBe("one of NEW, WON");
    expect(schemaText({ type: "array", items: { $ref: "#/components/schemas/Order" } })).toBe("array of Order");
    expect(schemaText(undefined)).toBe("any");
  });

  it("tells the limits an integrator needs", () => {
    expect(schemaLimits({ type: "integer", minimum: 1, maximum: 100, default: 25 })).toBe("1–100, default 25");
    expect(schemaLimits({ anyOf: [{ type: "string", maxLength: 254 }, { type: "null" }] })).toBe("≤ 254 characters");
  });
});
