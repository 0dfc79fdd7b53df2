import { describe, expect, it } from "vitest";
import { TouchpointKind } from "@/generated/prisma/enums";
import { RULE_LABELS_EN, ruleForSignal, SCORE_RULES, scoreLead, SCORING, type ScoringSignal } from "./scoring";

// Decay: weight = 0.5 ^ (age in days / 7), so 1 day = 0.9057, 2 days = 0.8203,
// 7 days = 0.5, 30 days = 0.0513. Reason points are rounded per rule.
const NOW = new Date("2026-03-13T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function signal(
  kind: TouchpointKind,
  topic: string | null,
  ageMs: number,
  direction: "INBOUND" | "OUTBOUND" = "INBOUND",
): ScoringSignal {
  return { kind, direction, topic, occurredAt: new Date(NOW.getTime() - ageMs) };
}
const times = (n: number, make: (i: number) => ScoringSignal) => Array.from({ length: n }, (_, i) => make(i));

describe("scoreLead", () => {
  it("scores nothing for a lead without signals", () => {
    expect(scoreLead([], NOW)).toEqual({ score: 0, readiness: "WARM", reasons: [] });
  });

  it("scores only what the customer did, not our own outreach", () => {
    const ours = [signal("CALL", "delivery_time", HOUR, "OUTBOUND"), signal("EMAIL", "price", HOUR, "OUTBOUND")];
    expect(scoreLead(ours, NOW)).toEqual({ score: 0, readiness: "WARM", reasons: [] });
  });

  it("explains the score with reasons, biggest contribution first", () => {
    const result = scoreLead(
      [
        ...times(3, () => signal("PAGE_VIEW", null, 0)), // 3 × 1 = 3
        signal("BROCHURE_DOWNLOAD", null, 2 * DAY), // 6 × 0.8203 = 4.92 → 5
        signal("CHAT_MESSAGE", "delivery_time", DAY), // 80 × 0.9057 = 72.46 → 72
      ],
      NOW,
    );
    expect(result.reasons).toEqual([
      { points: 72, rule: "topic.delivery_time", occurredAt: new Date(NOW.getTime() - DAY) },
      { points: 5, rule: "browse.brochure_download", occurredAt: new Date(NOW.getTime() - 2 * DAY) },
      { points: 3, rule: "browse.page_view", occurredAt: NOW },
    ]);
    expect(result.score).toBe(80); // 72 + 5 + 3
    expect(result.readiness).toBe("HOT");
  });

  it("lists equal contributions most recent first", () => {
    // a chat with no topic (30) and an event visit (30), one hour apart:
    // 30 × 0.5^(1/168) = 29.88 → 30, so both give 30 and the newer comes first
    const chatNewer = scoreLead([signal("EVENT_VISIT", null, HOUR), signal("CHAT_MESSAGE", null, 0)], NOW);
    expect(chatNewer.reasons.map((r) => [r.rule, r.points])).toEqual([
      ["contact.message", 30],
      ["contact.event_visit", 30],
    ]);
    const visitNewer = scoreLead([signal("EVENT_VISIT", null, 0), signal("CHAT_MESSAGE", null, HOUR)], NOW);
    expect(visitNewer.reasons.map((r) => r.rule)).toEqual(["contact.event_visit", "contact.message"]);
  });

  it("gives a reason the time of the latest signal behind it", () => {
    const { reasons } = scoreLead(
      [signal("PAGE_VIEW", null, 3 * DAY), signal("PAGE_VIEW", null, HOUR), signal("PAGE_VIEW", null, 2 * DAY)],
      NOW,
    );
    expect(reasons).toHaveLength(1);
    expect(reasons[0].occurredAt).toEqual(new Date(NOW.getTime() - HOUR));
  });

  describe("decay", () => {
    it("weighs yesterday's delivery question far above one from 30 days ago", () => {
      const recent = scoreLead([signal("CHAT_MESSAGE", "delivery_time", DAY)], NOW); // 80 × 0.9057 = 72.46 → 72
      const old = scoreLead([signal("CHAT_MESSAGE", "delivery_time", 30 * DAY)], NOW); // 80 × 0.0513 = 4.10 → 4
      expect(recent.score).toBe(72);
      expect(old.score).toBe(4);
    });

    it("halves every seven days", () => {
      expect(scoreLead([signal("CHAT_MESSAGE", "delivery_time", 7 * DAY)], NOW).score).toBe(40); // 80 / 2
      expect(scoreLead([signal("CHAT_MESSAGE", "delivery_time", 14 * DAY)], NOW).score).toBe(20); // 80 / 4
    });

    it("drops reasons that have faded to nothing", () => {
      // a page view 60 days ago: 1 × 0.5^(60/7) = 0.0026 → 0
      expect(scoreLead([signal("PAGE_VIEW", null, 60 * DAY)], NOW).reasons).toEqual([]);
    });

    it("counts a signal stamped in the future as happening now, not stronger", () => {
      expect(scoreLead([signal("CHAT_MESSAGE", "delivery_time", -2 * HOUR)], NOW).score).toBe(80);
    });
  });

  describe("caps", () => {
    it("never lets 200 page views beat one delivery question", () => {
      const browsing = scoreLead(
        times(200, () => signal("PAGE_VIEW", null, 0)),
        NOW,
      );
      expect(browsing.score).toBe(SCORING.rules["browse.page_view"].cap); // 200 × 1, capped at 8
      expect(browsing.score).toBe(8);
      const question = scoreLead([signal("CHAT_MESSAGE", "delivery_time", DAY)], NOW);
      expect(question.score).toBeGreaterThan(browsing.score * 5); // 72 vs 8
    });

    it("lets a repeated question count for more, up to the ceiling", () => {
      // two price questions today: 65 + 65 = 130, capped at 100
      expect(scoreLead([signal("CHAT_MESSAGE", "price", 0), signal("EMAIL", "price", 0)], NOW).reasons).toEqual([
        { points: 100, rule: "topic.price", occurredAt: NOW },
      ]);
      // two fresh brochure downloads: 6 + 6 = 12 = cap; a third adds nothing
      expect(
        scoreLead(
          times(3, () => signal("BROCHURE_DOWNLOAD", null, 0)),
          NOW,
        ).score,
      ).toBe(12);
    });

    it("keeps the score at 100 at most", () => {
      const eager = [
        signal("CHAT_MESSAGE", "delivery_time", 0),
        signal("CALL", "financing", 0),
        signal("FORM_SUBMISSION", "trade_in", 0),
      ];
      const result = scoreLead(eager, NOW); // 80 + 70 + 70 = 220 → 100
      expect(result.score).toBe(100);
      expect(result.reasons.map((r) => r.points)).toEqual([80, 70, 70]);
    });
  });

  describe("readiness", () => {
    it("is HOT from a score of 60 with a strong signal", () => {
      expect(scoreLead([signal("CHAT_MESSAGE", "availability", 0)], NOW)).toMatchObject({
        score: 60,
        readiness: "HOT",
      });
      // the same kind of question a day older: 60 × 0.9057 = 54.3 → 54, below 60
      expect(scoreLead([signal("CHAT_MESSAGE", "availability", DAY)], NOW)).toMatchObject({
        score: 54,
        readiness: "WARM",
      });
    });

    it("needs the strong signal within the last 72 hours", () => {
      const pageViews = times(8, () => signal("PAGE_VIEW", null, 0)); // 8
      // 71 h: 80 × 0.5^(71/168) = 59.69 → 60; + 8 = 68
      const fresh = scoreLead([...pageViews, signal("CHAT_MESSAGE", "delivery_time", 71 * HOUR)], NOW);
      expect(fresh).toMatchObject({ score: 68, readiness: "HOT" });
      // 73 h: 80 × 0.5^(73/168) = 59.20 → 59; + 8 = 67 — still ≥ 60, but the question is too old
      const stale = scoreLead([...pageViews, signal("CHAT_MESSAGE", "delivery_time", 73 * HOUR)], NOW);
      expect(stale).toMatchObject({ score: 67, readiness: "WARM" });
    });

    it("never makes browsing alone HOT, however much of it", () => {
      const browsing = [
        ...times(2, () => signal("PRICE_CHECK", "price", 0)), // 20 (cap)
        ...times(2, () => signal("PRICE_CHECK", "financing", 0)), // 20 (cap)
        ...times(2, () => signal("BROCHURE_DOWNLOAD", null, 0)), // 12 (cap)
        ...times(2, () => signal("NEWSLETTER_CLICK", null, 0)), // 6 (cap)
        ...times(8, () => signal("PAGE_VIEW", null, 0)), // 8 (cap)
      ];
      expect(scoreLead(browsing, NOW)).toMatchObject({ score: 66, readiness: "WARM" });
    });

    it("is SLOW when engaged (3 signals in 90 days) but scoring under 30", () => {
      const threeViews = times(3, (i) => signal("PAGE_VIEW", null, (10 + i) * DAY));
      expect(scoreLead(threeViews, NOW).readiness).toBe("SLOW");
      // two are not engaged yet
      expect(scoreLead(threeViews.slice(0, 2), NOW).readiness).toBe("WARM");
      // a signal older than 90 days does not count towards engaged
      expect(scoreLead([...threeViews.slice(0, 2), signal("PAGE_VIEW", null, 91 * DAY)], NOW).readiness).toBe("WARM");
    });

    it("puts the SLOW line at a score of 30", () => {
      const oldViews = times(2, () => signal("PAGE_VIEW", null, 60 * DAY)); // fade to 0
      // a chat with no topic 1 h ago: 30 × 0.5^(1/168) = 29.88 → 30 → WARM
      expect(scoreLead([...oldViews, signal("CHAT_MESSAGE", null, HOUR)], NOW)).toMatchObject({
        score: 30,
        readiness: "WARM",
      });
      // 12 h ago: 30 × 0.5^(12/168) = 28.55 → 29 → SLOW
      expect(scoreLead([...oldViews, signal("CHAT_MESSAGE", null, 12 * HOUR)], NOW)).toMatchObject({
        score: 29,
        readiness: "SLOW",
      });
    });

    it("does not count our own outreach or after-sale events as engagement", () => {
      const noise = [
        signal("EMAIL", null, DAY, "OUTBOUND"),
        signal("CALL", null, DAY, "OUTBOUND"),
        signal("ORDER_UPDATE", null, DAY),
        signal("PAGE_VIEW", null, DAY),
        signal("PAGE_VIEW", null, DAY),
      ];
      expect(scoreLead(noise, NOW).readiness).toBe("WARM");
    });
  });

  describe("a slow-tracker", () => {
    // Months of looking: a page view every 10 days (5, 15 … 85 days ago:
    // 0.61 + 0.23 + 0.08 + … = 0.97 → 1), a price check 20 days ago
    // (10 × 0.138 = 1.38 → 1), a brochure 40 days ago (6 × 0.019 = 0.11 → 0).
    const research = [
      ...times(9, (i) => signal("PAGE_VIEW", null, (5 + 10 * i) * DAY)),
      signal("PRICE_CHECK", "price", 20 * DAY),
      signal("BROCHURE_DOWNLOAD", null, 40 * DAY),
    ];

    it("is SLOW while only researching", () => {
      expect(scoreLead(research, NOW)).toMatchObject({ score: 2, readiness: "SLOW" });
    });

    it("becomes HOT the moment they ask about delivery", () => {
      const asked = [...research, signal("CHAT_MESSAGE", "delivery_time", 0)];
      const result = scoreLead(asked, NOW); // 80 + 2
      expect(result).toMatchObject({ score: 82, readiness: "HOT" });
      expect(result.reasons[0].rule).toBe("topic.delivery_time");
    });

    it("becomes WARM when asking to be called back", () => {
      expect(scoreLead([...research, signal("CALLBACK_REQUEST", null, 0)], NOW)).toMatchObject({
        score: 52,
        readiness: "WARM",
      });
    });

    it("falls back to SLOW when that question is three weeks old", () => {
      // delivery question 21 days ago: 80 / 8 = 10; the research has faded to 0
      const later = new Date(NOW.getTime() + 21 * DAY);
      const asked = [...research, signal("CHAT_MESSAGE", "delivery_time", 0)];
      expect(scoreLead(asked, later)).toMatchObject({ score: 10, readiness: "SLOW" });
    });
  });
});

describe("ruleForSignal", () => {
  it("maps each topic from the seed data to its own rule when asked in a conversation", () => {
    for (const topic of [
      "delivery_time",
      "price",
      "financing",
      "trade_in",
      "availability",
      "test_drive",
      "installation",
    ]) {
      expect(ruleForSignal(signal("CHAT_MESSAGE", topic, 0))).toBe(`topic.${topic}`);
    }
  });

  it("counts a conversation as the stronger of its topic and its kind", () => {
    // appointment (60) beats installation (55); test drive (70) beats appointment (60)
    expect(ruleForSignal(signal("APPOINTMENT_REQUEST", "installation", 0))).toBe("contact.appointment_request");
    expect(ruleForSignal(signal("APPOINTMENT_REQUEST", "test_drive", 0))).toBe("topic.test_drive");
    expect(ruleForSignal(signal("CHAT_MESSAGE", null, 0))).toBe("contact.message");
    expect(ruleForSignal(signal("CHAT_MESSAGE", "colour", 0))).toBe("contact.message");
  });

  it("treats looking at the price page as browsing, not as asking about price", () => {
    expect(ruleForSignal(signal("PRICE_CHECK", "price", 0))).toBe("browse.price_check");
    expect(ruleForSignal(signal("PRICE_CHECK", "financing", 0))).toBe("browse.financing_check");
  });

  it("ignores after-sale events even when they are about delivery", () => {
    for (const kind of [
      "ORDER_QUESTION",
      "ORDER_PLACED",
      "ORDER_UPDATE",
      "DELIVERY",
      "SERVICE_VISIT",
      "LOYALTY_REWARD",
      "REVIEW",
    ] as const) {
      expect(ruleForSignal(signal(kind, "delivery_time", 0)), kind).toBeNull();
    }
  });

  it("ignores outbound signals of every kind", () => {
    for (const kind of Object.values(TouchpointKind))
      expect(ruleForSignal(signal(kind, "price", 0, "OUTBOUND")), kind).toBeNull();
  });
});

describe("rules", () => {
  it("has an English label for every rule", () => {
    expect(Object.keys(RULE_LABELS_EN).sort()).toEqual([...SCORE_RULES].sort());
  });

  it("ranks buying questions far above brochures, and brochures above page views", () => {
    const p = (rule: keyof typeof SCORING.rules) => SCORING.rules[rule].points;
    for (const q of [
      "topic.delivery_time",
      "topic.price",
      "topic.financing",
      "topic.trade_in",
      "topic.test_drive",
    ] as const) {
      expect(p(q)).toBeGreaterThanOrEqual(5 * SCORING.rules["browse.brochure_download"].cap);
    }
    expect(p("browse.brochure_download")).toBeGreaterThan(p("browse.page_view"));
  });
});
