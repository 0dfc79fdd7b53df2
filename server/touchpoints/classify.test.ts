import { describe, expect, it } from "vitest";
import { furthestStage, ownerFor, phaseFor, stageFor } from "./classify";
import { inferTopic } from "./infer-topic";

describe("where an ingested signal sits on the journey", () => {
  const none = { open: false, any: false };
  it("is BEFORE for a new customer, DURING while an order is on its way, AFTER only when looking back", () => {
    expect(phaseFor("CHAT_MESSAGE", none)).toBe("BEFORE");
    expect(phaseFor("CHAT_MESSAGE", { open: true, any: true })).toBe("DURING");
    expect(phaseFor("CHAT_MESSAGE", { open: false, any: true })).toBe("BEFORE");
    expect(phaseFor("REVIEW", { open: false, any: true })).toBe("AFTER");
    expect(phaseFor("ORDER_QUESTION", { open: false, any: true })).toBe("AFTER");
  });

  it("belongs to the customer, a partner, others, or (browsing our channels) the brand", () => {
    expect(ownerFor("CHAT_MESSAGE", "CHAT")).toBe("CUSTOMER");
    expect(ownerFor("FORM_SUBMISSION", "PARTNER")).toBe("PARTNER");
    expect(ownerFor("PARTNER_REFERRAL", "WEB")).toBe("PARTNER");
    expect(ownerFor("REVIEW", "REVIEW")).toBe("SOCIAL");
    expect(ownerFor("PAGE_VIEW", "WEB")).toBe("BRAND");
  });

  it("never moves a customer back on the journey", () => {
    expect(stageFor("PAGE_VIEW", "BEFORE")).toBe("NEED");
    expect(stageFor("CALLBACK_REQUEST", "BEFORE")).toBe("RESEARCH");
    expect(furthestStage("DELIVERY", "NEED")).toBe("DELIVERY");
    expect(furthestStage("NEED", "RESEARCH")).toBe("RESEARCH");
  });
});

describe("inferTopic", () => {
  it.each([
    ["Hvor fort kan dere levere?", "delivery_time"],
    ["Hvornår kan I levere køkkenet?", "delivery_time"],
    ["What does delivery cost?", "delivery_time"],
    ["Kan jeg få billån hos dere?", "financing"],
    ["Tar dere innbytte?", "trade_in"],
    ["Kan jeg booke en prøvekjøring lørdag?", "test_drive"],
    ["Hva koster den?", "price"],
    ["Har dere den på lager i Drammen?", "availability"],
    ["Hjelper dere med montering?", "installation"],
    ["Hei!", null],
    ["", null],
  ])("%s → %s", (text, topic) => {
    expect(inferTopic(text)).toBe(topic);
  });

  it("matches word beginnings only", () => {
    // "kostnad" starts with "kost" but not "koste"; "blever" is not "lever".
    expect(inferTopic("Det blever fint")).toBeNull();
  });
});
