import { describe, expect, it } from "vitest";
import { Channel, TouchpointKind } from "@/generated/prisma/enums";
import {
  DEFAULT_SLA_CONFIG,
  DEFAULT_SLA_MINUTES,
  firstResponseMinutes,
  isInboundBuyingSignal,
  slaDueAt,
  slaState,
  type SlaConfig,
} from "./sla";

// Oslo offsets: +01:00 until Sun 29 March 2026. 2026-03-10 is a Tuesday,
// 12 Thu, 13 Fri, 14 Sat, 16 Mon.
const at = (iso: string) => new Date(iso);

describe("slaDueAt", () => {
  it("adds the channel's minutes on a weekday in opening hours", () => {
    // Tue 10:00 chat + 15 = 10:15; phone + 30 = 10:30
    expect(slaDueAt(at("2026-03-10T10:00:00+01:00"), "CHAT")).toEqual(at("2026-03-10T10:15:00+01:00"));
    expect(slaDueAt(at("2026-03-10T10:00:00+01:00"), "PHONE")).toEqual(at("2026-03-10T10:30:00+01:00"));
  });

  it("gives a Friday 16:50 chat until Monday 08:05", () => {
    // 10 min Friday (16:50–17:00) + 5 min Monday
    expect(slaDueAt(at("2026-03-13T16:50:00+01:00"), "CHAT")).toEqual(at("2026-03-16T08:05:00+01:00"));
  });

  it("starts a Saturday chat at Monday's opening", () => {
    // Monday 08:00 + 15
    expect(slaDueAt(at("2026-03-14T10:30:00+01:00"), "CHAT")).toEqual(at("2026-03-16T08:15:00+01:00"));
  });

  it("starts an after-hours web form at the next opening", () => {
    // Tue 18:30 → Wed 08:00 + 60 = 09:00
    expect(slaDueAt(at("2026-03-10T18:30:00+01:00"), "WEB")).toEqual(at("2026-03-11T09:00:00+01:00"));
  });

  it("carries a long email promise into the next day", () => {
    // Thu 15:00 + 240: 120 on Thursday (15–17), 120 on Friday → Fri 10:00
    expect(slaDueAt(at("2026-03-12T15:00:00+01:00"), "EMAIL")).toEqual(at("2026-03-13T10:00:00+01:00"));
  });

  it("keeps local time across the spring-forward weekend", () => {
    expect(slaDueAt(at("2026-03-27T16:50:00+01:00"), "CHAT")).toEqual(at("2026-03-30T08:05:00+02:00"));
  });

  it("uses a custom configuration", () => {
    const config: SlaConfig = {
      minutesByChannel: { ...DEFAULT_SLA_MINUTES, CHAT: 5 },
      hours: { timeZone: "Europe/Copenhagen", days: [1, 2, 3, 4, 5, 6], start: "10:00", end: "16:00" },
    };
    // Sat 15:58 chat, open Saturdays until 16:00: 2 min Saturday, Sunday closed, 3 min Monday from 10:00
    expect(slaDueAt(at("2026-03-14T15:58:00+01:00"), "CHAT", config)).toEqual(at("2026-03-16T10:03:00+01:00"));
  });
});

describe("slaState", () => {
  const nobody = { waitingSince: null, slaDueAt: null, firstResponseAt: null, firstResponseMinutes: null };
  const now = at("2026-03-16T09:00:00+01:00"); // Monday 09:00

  it("is none when nobody has asked and nobody has answered", () => {
    expect(slaState(nobody, now)).toEqual({ kind: "none" });
  });

  it("is due with minutes left rounded up and waiting rounded down, both wall-clock", () => {
    // waiting since 08:47:30 → 12.5 min → 12; due 09:05 → 5 min left
    const lead = {
      ...nobody,
      waitingSince: at("2026-03-16T08:47:30+01:00"),
      slaDueAt: at("2026-03-16T09:05:00+01:00"),
    };
    expect(slaState(lead, now)).toEqual({ kind: "due", minutesLeft: 5, waitingMinutes: 12 });
    // 20 seconds before the deadline still reads "1 min left", never 0
    expect(slaState(lead, at("2026-03-16T09:04:40+01:00"))).toEqual({
      kind: "due",
      minutesLeft: 1,
      waitingMinutes: 17,
    });
  });

  it("is breached from the due moment on", () => {
    const lead = {
      ...nobody,
      waitingSince: at("2026-03-16T08:45:00+01:00"),
      slaDueAt: at("2026-03-16T09:00:00+01:00"),
    };
    expect(slaState(lead, now)).toEqual({ kind: "breached", overdueMinutes: 0, waitingMinutes: 15 });
    expect(slaState(lead, at("2026-03-16T09:59:59+01:00"))).toEqual({
      kind: "breached",
      overdueMinutes: 59,
      waitingMinutes: 74,
    });
  });

  it("counts the weekend in what the customer has waited", () => {
    // Friday 16:50 chat, due Monday 08:05; at Monday 09:00 it is 55 min overdue,
    // and the customer has waited Fri 16:50 → Mon 09:00 = 2 d 16 h 10 min = 2880 + 970 = 3850 min
    const lead = {
      ...nobody,
      waitingSince: at("2026-03-13T16:50:00+01:00"),
      slaDueAt: at("2026-03-16T08:05:00+01:00"),
    };
    expect(slaState(lead, now)).toEqual({ kind: "breached", overdueMinutes: 55, waitingMinutes: 3850 });
  });

  it("is answered once a human replied and nobody waits", () => {
    const lead = { ...nobody, firstResponseAt: at("2026-03-16T08:10:00+01:00"), firstResponseMinutes: 10 };
    expect(slaState(lead, now)).toEqual({ kind: "answered", responseMinutes: 10 });
    expect(slaState({ ...lead, firstResponseMinutes: null }, now)).toEqual({ kind: "answered", responseMinutes: null });
  });

  it("shows a customer who asked again as waiting, not answered", () => {
    const lead = {
      firstResponseAt: at("2026-03-10T10:05:00+01:00"),
      firstResponseMinutes: 5,
      waitingSince: at("2026-03-16T08:50:00+01:00"),
      slaDueAt: at("2026-03-16T09:05:00+01:00"),
    };
    expect(slaState(lead, now)).toEqual({ kind: "due", minutesLeft: 5, waitingMinutes: 10 });
  });

  it("does not report negative waiting when the signal is stamped in the future", () => {
    const lead = {
      ...nobody,
      waitingSince: at("2026-03-16T09:02:00+01:00"),
      slaDueAt: at("2026-03-16T09:17:00+01:00"),
    };
    expect(slaState(lead, now)).toEqual({ kind: "due", minutesLeft: 17, waitingMinutes: 0 });
  });

  it("needs both waitingSince and slaDueAt for a running clock", () => {
    expect(slaState({ ...nobody, waitingSince: at("2026-03-16T08:00:00+01:00") }, now)).toEqual({ kind: "none" });
    expect(slaState({ ...nobody, slaDueAt: at("2026-03-16T08:00:00+01:00") }, now)).toEqual({ kind: "none" });
  });
});

describe("isInboundBuyingSignal", () => {
  const starts: TouchpointKind[] = [
    "CHAT_MESSAGE",
    "CALLBACK_REQUEST",
    "FORM_SUBMISSION",
    "APPOINTMENT_REQUEST",
    "ORDER_QUESTION",
    "PARTNER_REFERRAL",
    "EMAIL",
    "SMS",
    "CALL",
    "STORE_VISIT",
    "EVENT_VISIT",
    "SOCIAL_MENTION",
  ];
  const doesNot: TouchpointKind[] = [
    "PAGE_VIEW",
    "PRICE_CHECK",
    "BROCHURE_DOWNLOAD",
    "NEWSLETTER_CLICK",
    "MEETING",
    "REVIEW",
    "ORDER_PLACED",
    "ORDER_UPDATE",
    "DELIVERY",
    "SERVICE_VISIT",
    "LOYALTY_REWARD",
    // Nurtured by an automation (issue 16), not pushed on sales.
    "CART_ABANDONED",
    // Our own automation's entry on the timeline.
    "AUTOMATION",
  ];

  it("starts the clock for a customer reaching out", () => {
    for (const kind of starts) expect(isInboundBuyingSignal(kind), kind).toBe(true);
  });

  it("does not start it for browsing or after-sale events", () => {
    for (const kind of doesNot) expect(isInboundBuyingSignal(kind), kind).toBe(false);
  });

  it("has decided every touchpoint kind in the schema", () => {
    // A new kind in prisma/schema.prisma fails here until someone decides which list it belongs to.
    expect([...starts, ...doesNot].sort()).toEqual(Object.values(TouchpointKind).sort());
  });
});

describe("firstResponseMinutes", () => {
  it("counts business minutes only", () => {
    // Friday 16:50 chat answered Monday 08:04: 10 + 4 = 14
    expect(firstResponseMinutes(at("2026-03-13T16:50:00+01:00"), at("2026-03-16T08:04:00+01:00"))).toBe(14);
  });

  it("rounds up, so it is within the SLA exactly when the answer came by the due time", () => {
    const signal = at("2026-03-13T16:50:00+01:00");
    const due = slaDueAt(signal, "CHAT");
    expect(firstResponseMinutes(signal, due)).toBe(15);
    // one second late: 15 min 1 s → 16 > 15
    expect(firstResponseMinutes(signal, new Date(due.getTime() + 1000))).toBe(16);
    for (const channel of Object.values(Channel)) {
      const s = at("2026-03-12T14:20:00+01:00");
      expect(firstResponseMinutes(s, slaDueAt(s, channel)), channel).toBe(DEFAULT_SLA_MINUTES[channel]);
    }
  });

  it("is 0 for an answer given before the clock started counting", () => {
    // Saturday chat answered on Saturday by a keen seller
    expect(firstResponseMinutes(at("2026-03-14T10:00:00+01:00"), at("2026-03-14T10:20:00+01:00"))).toBe(0);
  });

  it("uses the configured business hours", () => {
    const config: SlaConfig = {
      ...DEFAULT_SLA_CONFIG,
      hours: { ...DEFAULT_SLA_CONFIG.hours, days: [1, 2, 3, 4, 5, 6] },
    };
    // Saturday 10:00 → 10:20 counts when Saturday is open
    expect(firstResponseMinutes(at("2026-03-14T10:00:00+01:00"), at("2026-03-14T10:20:00+01:00"), config)).toBe(20);
  });
});
