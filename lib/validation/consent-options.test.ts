import { describe, expect, it } from "vitest";
import da from "@/messages/da/consent.json";
import en from "@/messages/en/consent.json";
import nb from "@/messages/nb/consent.json";
import { SYSTEM_CONSENT_SOURCES } from "./consent-options";

// A consent change Reise records itself (an import, its undo, the unsubscribe link) reads in the
// reader's language in the customer's consent history, not as the stored code.

describe("sources Reise records itself", () => {
  it.each([
    ["en", en],
    ["nb", nb],
    ["da", da],
  ])("have words in %s", (_locale, messages) => {
    const words = (messages as { systemSources?: Record<string, string> }).systemSources ?? {};
    for (const key of Object.values(SYSTEM_CONSENT_SOURCES)) expect(words[key], key).toBeTruthy();
  });

  it("include the import's and its undo's", () => {
    expect(SYSTEM_CONSENT_SOURCES).toMatchObject({ import: "import", "import undone": "importUndone" });
  });
});
