import { describe, expect, it } from "vitest";
import { parseRule, readRuleForm, ruleFormSchema, type ParsedRule } from "@/lib/validation/automation";
import {
  daysAgoWindow,
  failedCondition,
  isReply,
  runDueAt,
  scoreRiseStarts,
  signalStarts,
  stopReason,
  type RunFacts,
} from "./match";

const cartRule: ParsedRule = parseRule({
  trigger: "SIGNAL",
  triggerParams: { kind: "CART_ABANDONED", delayMinutes: 240 },
  conditions: { consent: "MARKETING_EMAIL" },
  actions: [{ type: "send", channel: "EMAIL", template: "Abandoned cart reminder" }],
})!;

const facts = (over: Partial<RunFacts> = {}): RunFacts => ({
  enabled: true,
  erased: false,
  replied: false,
  withdrawnSince: [],
  consents: [{ purpose: "MARKETING_EMAIL", granted: true }],
  category: "KITCHEN",
  teamId: "t1",
  ...over,
});

describe("triggers", () => {
  it("starts a signal rule only for its own kind", () => {
    expect(signalStarts(cartRule.trigger, "CART_ABANDONED")).toBe(true);
    expect(signalStarts(cartRule.trigger, "PAGE_VIEW")).toBe(false);
  });

  it("is due after the rule's delay", () => {
    expect(runDueAt(cartRule.trigger, new Date("2026-11-24T09:00:00Z"))).toEqual(new Date("2026-11-24T13:00:00Z"));
  });

  it("starts nurture only for a slow-tracker whose score rose by enough", () => {
    const rule = parseRule({
      trigger: "SCORE_RISE",
      triggerParams: { minRise: 5 },
      conditions: {},
      actions: [{ type: "notify" }],
    })!;
    expect(scoreRiseStarts(rule.trigger, { score: 10, readiness: "SLOW" }, { score: 15 })).toBe(true);
    expect(scoreRiseStarts(rule.trigger, { score: 10, readiness: "SLOW" }, { score: 14 })).toBe(false);
    expect(scoreRiseStarts(rule.trigger, { score: 10, readiness: "WARM" }, { score: 30 })).toBe(false);
  });

  it("reads the N-days-ago window with a lookback", () => {
    const now = new Date("2026-12-08T10:00:00Z");
    expect(daysAgoWindow(now, 14, 3)).toEqual({
      from: new Date("2026-11-21T10:00:00Z"),
      to: new Date("2026-11-24T10:00:00Z"),
    });
  });
});

describe("stop rules, when the run is due", () => {
  it("goes ahead when nothing changed", () => {
    expect(stopReason(cartRule, facts())).toBeNull();
  });

  it("stops on a reply, a withdrawal, a missing consent, an erasure or a switched-off rule", () => {
    expect(stopReason(cartRule, facts({ replied: true }))).toBe("replied");
    expect(stopReason(cartRule, facts({ withdrawnSince: ["MARKETING_EMAIL"], consents: [] }))).toBe(
      "consent_withdrawn",
    );
    expect(stopReason(cartRule, facts({ consents: [] }))).toBe("no_consent");
    expect(stopReason(cartRule, facts({ erased: true }))).toBe("erased");
    expect(stopReason(cartRule, facts({ enabled: false }))).toBe("disabled");
    expect(stopReason(null, facts())).toBe("broken");
  });

  it("ignores a withdrawal of a consent the rule does not rely on", () => {
    expect(stopReason(cartRule, facts({ withdrawnSince: ["SMS"] }))).toBeNull();
  });

  it("counts only the customer reaching out as a reply, not browsing or our own messages", () => {
    expect(isReply({ kind: "CHAT_MESSAGE", direction: "INBOUND" })).toBe(true);
    expect(isReply({ kind: "EMAIL", direction: "INBOUND" })).toBe(true);
    expect(isReply({ kind: "PAGE_VIEW", direction: "INBOUND" })).toBe(false);
    expect(isReply({ kind: "CART_ABANDONED", direction: "INBOUND" })).toBe(false);
    expect(isReply({ kind: "EMAIL", direction: "OUTBOUND" })).toBe(false);
  });

  it("checks category, team and segment", () => {
    expect(failedCondition({ category: "CAR" }, facts())).toBe("category");
    expect(failedCondition({ teamId: "t2" }, facts())).toBe("teamId");
    expect(failedCondition({ segmentId: "00000000-0000-4000-8000-000000000001" }, facts({ inSegment: false }))).toBe(
      "segmentId",
    );
    expect(failedCondition({ category: "KITCHEN", teamId: "t1" }, facts())).toBeNull();
  });
});

describe("rule JSON", () => {
  it("refuses a stored rule that no longer parses", () => {
    expect(
      parseRule({
        trigger: "SIGNAL",
        triggerParams: { kind: "ORDER_PLACED" },
        conditions: {},
        actions: [{ type: "notify" }],
      }),
    ).toBeNull();
    expect(parseRule({ trigger: "LEAD_IDLE", triggerParams: { days: 7 }, conditions: {}, actions: [] })).toBeNull();
    expect(
      parseRule({
        trigger: "LEAD_IDLE",
        triggerParams: { days: 7 },
        conditions: {},
        actions: [{ type: "stage", stage: "WON" }],
      }),
    ).toBeNull();
  });

  it("reads the editor's form and names the field that is wrong", () => {
    const form = new FormData();
    form.set("name", "Idle leads");
    form.set("trigger", "LEAD_IDLE");
    form.set("params.days", "0");
    form.set("actions.0.type", "followUp");
    form.set("actions.0.days", "2");
    form.set("actions.1.type", "none");
    const refused = ruleFormSchema.safeParse(readRuleForm(form));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["params.days"]);
    form.set("params.days", "7");
    const parsed = ruleFormSchema.parse(readRuleForm(form));
    expect(parsed.trigger).toEqual({ trigger: "LEAD_IDLE", params: { days: 7, delayMinutes: 0 } });
    expect(parsed.actions).toEqual([{ type: "followUp", days: 2 }]);
  });
});
