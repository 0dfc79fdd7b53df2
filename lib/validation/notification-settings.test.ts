import { describe, expect, it } from "vitest";
import {
  alertSettingsFormSchema,
  notificationPrefsFormSchema,
  readAlertSettingsForm,
  readNotificationPrefsForm,
} from "./notification-settings";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};
const TEAM = "7b0c2f1e-9a3d-4c5b-8e6f-1a2b3c4d5e6f";

describe("the notification preferences form", () => {
  it("reads the ticked kinds per channel, and quiet hours only when switched on", () => {
    const parsed = notificationPrefsFormSchema.parse(
      readNotificationPrefsForm(
        form([
          ["email", "SLA_BREACHED"],
          ["push", "SLA_BREACHED"],
          ["push", "LEAD_ASSIGNED"],
          ["quietStart", "22:00"],
          ["quietEnd", "07:00"],
        ]),
      ),
    );
    expect(parsed).toEqual({ email: ["SLA_BREACHED"], push: ["SLA_BREACHED", "LEAD_ASSIGNED"], quiet: null });
    const quiet = notificationPrefsFormSchema.parse(
      readNotificationPrefsForm(
        form([
          ["quietOn", "on"],
          ["quietStart", "22:00"],
          ["quietEnd", "07:00"],
        ]),
      ),
    );
    expect(quiet.quiet).toEqual({ start: "22:00", end: "07:00" });
  });

  it("refuses an unknown kind, a time that is not HH:MM and a window of no length", () => {
    const refuses = (entries: [string, string][]) =>
      notificationPrefsFormSchema.safeParse(readNotificationPrefsForm(form(entries))).success;
    expect(refuses([["email", "EVERYTHING"]])).toBe(false);
    expect(
      refuses([
        ["quietOn", "on"],
        ["quietStart", "25:00"],
        ["quietEnd", "07:00"],
      ]),
    ).toBe(false);
    expect(
      refuses([
        ["quietOn", "on"],
        ["quietStart", "07:00"],
        ["quietEnd", "07:00"],
      ]),
    ).toBe(false);
  });
});

describe("the alerts form", () => {
  it("reads the warning mode and each team's escalation", () => {
    const parsed = alertSettingsFormSchema.parse(
      readAlertSettingsForm(
        form([
          ["warnMode", "fixed"],
          ["warnMinutes", "15"],
          ["after:none", "45"],
          ["teamId", TEAM],
          [`after:${TEAM}`, "20"],
          [`reassign:${TEAM}`, "on"],
        ]),
      ),
    );
    expect(parsed).toEqual({
      warnBeforeMinutes: 15,
      noTeam: { afterMinutes: 45, reassign: false },
      teams: { [TEAM]: { afterMinutes: 20, reassign: true } },
    });
  });

  it("takes the default warning rule, and refuses minutes that are not a whole number from 0 to 1440", () => {
    const base: [string, string][] = [
      ["warnMode", "default"],
      ["warnMinutes", "abc"],
      ["after:none", "30"],
    ];
    expect(alertSettingsFormSchema.parse(readAlertSettingsForm(form(base))).warnBeforeMinutes).toBeNull();
    const bad = (entries: [string, string][]) =>
      alertSettingsFormSchema.safeParse(readAlertSettingsForm(form(entries))).success;
    expect(
      bad([
        ["warnMode", "fixed"],
        ["warnMinutes", "abc"],
        ["after:none", "30"],
      ]),
    ).toBe(false);
    expect(
      bad([
        ["warnMode", "default"],
        ["after:none", "1441"],
      ]),
    ).toBe(false);
    expect(
      bad([
        ["warnMode", "default"],
        ["after:none", "2.5"],
      ]),
    ).toBe(false);
    expect(
      bad([
        ["warnMode", "default"],
        ["after:none", "30"],
        ["teamId", "not-a-team"],
        ["after:not-a-team", "5"],
      ]),
    ).toBe(false);
  });
});
