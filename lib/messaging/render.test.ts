import { describe, expect, it } from "vitest";
import { firstNameOf, renderMessage, renderText, variablesIn } from "./render";

describe("template variables", () => {
  it("fills each variable with the customer's value, spaces inside the braces allowed", () => {
    expect(
      renderText("Hei {{firstName}}, {{ product }} kommer {{expectedDate}}.", {
        firstName: "Kari",
        product: "Tesla Model Y",
        expectedDate: "14. mars 2027",
      }),
    ).toEqual({ ok: true, text: "Hei Kari, Tesla Model Y kommer 14. mars 2027." });
  });

  it("refuses to render while a variable has no value, naming it, instead of sending a gap", () => {
    expect(renderText("Levering {{expectedDate}} til {{firstName}}", { firstName: "Kari", expectedDate: " " })).toEqual(
      {
        ok: false,
        missing: ["expectedDate"],
        unknown: [],
      },
    );
  });

  it("names variables that do not exist, from subject and body together", () => {
    expect(variablesIn("Hei {{fristName}} {{firstName}}")).toEqual({ known: ["firstName"], unknown: ["fristName"] });
    expect(renderMessage({ subject: "Om {{product}}", body: "Hei {{navn}}" }, {})).toEqual({
      ok: false,
      missing: ["product"],
      unknown: ["navn"],
    });
  });

  it("takes the first name from the full name", () => {
    expect(firstNameOf("  Kari   Nordmann ")).toBe("Kari");
  });
});
