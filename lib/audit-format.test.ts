import { describe, expect, it } from "vitest";
import { auditRefs, describeAudit } from "./audit-format";

const A = "81f3fcde-0000-4000-8000-000000000001";
const B = "81f3fcde-0000-4000-8000-000000000002";
const T = "81f3fcde-0000-4000-8000-0000000000aa";

describe("audit lines as labelled values", () => {
  it("reads a reassignment's from and to as people, not ids", () => {
    expect(describeAudit("lead.reassigned", { from: A, to: B, via: "escalation" })).toEqual([
      { kind: "change", label: [], from: { kind: "ref", ref: "user", id: A }, to: { kind: "ref", ref: "user", id: B } },
      {
        kind: "value",
        label: [{ kind: "field", key: "via" }],
        value: { kind: "enum", set: "via", value: "escalation" },
      },
    ]);
  });

  it("labels a response-time change by its channel and reads the minutes as a duration", () => {
    const lines = describeAudit("setting.changed", {
      from: { minutesByChannel: { CHAT: 15 }, hours: { days: [1, 2] } },
      to: { minutesByChannel: { CHAT: 90 }, hours: { days: [1, 2, 3] } },
    });
    expect(lines).toEqual([
      {
        kind: "change",
        label: [
          { kind: "field", key: "minutesByChannel" },
          { kind: "enum", set: "channel", value: "CHAT" },
        ],
        from: { kind: "minutes", n: 15 },
        to: { kind: "minutes", n: 90 },
      },
      {
        kind: "change",
        label: [
          { kind: "field", key: "hours" },
          { kind: "field", key: "days" },
        ],
        from: { kind: "list", items: ["1", "2"].map((value) => ({ kind: "enum", set: "weekday", value })) },
        to: { kind: "list", items: ["1", "2", "3"].map((value) => ({ kind: "enum", set: "weekday", value })) },
      },
    ]);
  });

  it("names a team in an alert setting's path, and stages, roles and milestones as codes to label", () => {
    const [team] = describeAudit("setting.changed", {
      from: { teams: { [T]: { afterMinutes: 30 } } },
      to: { teams: { [T]: { afterMinutes: 45 } } },
    });
    expect(team.label[1]).toEqual({ kind: "ref", ref: "team", id: T });
    expect(describeAudit("lead.stage_changed", { from: "NEW", to: "LOST" })[0]).toMatchObject({
      from: { kind: "enum", set: "stage", value: "NEW" },
      to: { kind: "enum", set: "stage", value: "LOST" },
    });
    expect(describeAudit("user.role_changed", { from: "SALES", to: "MANAGER" })[0]).toMatchObject({
      to: { kind: "enum", set: "role", value: "MANAGER" },
    });
    expect(describeAudit("job.retried", { kind: "webhookDeliver" })[0]).toMatchObject({
      value: { kind: "enum", set: "jobKind", value: "webhookDeliver" },
    });
  });

  it("counts long id lists, leaves internal ids out and reads ISO times as dates", () => {
    expect(describeAudit("segment.members_added", { customerIds: [A, B] })).toEqual([
      {
        kind: "value",
        label: [{ kind: "field", key: "customerIds" }],
        value: { kind: "count", ref: "customer", n: 2 },
      },
    ]);
    expect(describeAudit("segmentSend.paused", { sendId: A })).toEqual([]);
    expect(describeAudit("user.marked_away", { from: null, to: "2026-05-10T08:00:00.000Z" })[0]).toMatchObject({
      from: { kind: "empty" },
      to: { kind: "date", iso: "2026-05-10T08:00:00.000Z" },
    });
  });

  it("gathers every id a page names, by kind, once", () => {
    const refs = auditRefs([
      { entityType: "Lead", entityId: B, action: "lead.assigned", data: { from: null, to: A } },
      { entityType: "User", entityId: A, action: "user.role_changed", data: { from: "SALES", to: "MANAGER" } },
      { entityType: "AppSetting", entityId: "alerts", action: "setting.changed", data: { teamId: T } },
    ]);
    expect([...refs.get("user")!]).toEqual([A]);
    expect([...refs.get("lead")!]).toEqual([B]);
    expect([...refs.get("team")!]).toEqual([T]);
  });
});
