import { describe, expect, it } from "vitest";
import { installSettings } from "./install-mode";

describe("install mode", () => {
  it.each([
    [{}, { mode: "demo", customers: 2000 }],
    [{ REISE_MODE: "demo" }, { mode: "demo", customers: 2000 }],
    [{ REISE_SEED_CUSTOMERS: "100_000" }, { mode: "demo", customers: 100_000 }],
    [{ REISE_MODE: "production" }, { mode: "production", customers: 0 }],
    [{ REISE_MODE: " production " }, { mode: "production", customers: 0 }],
    [{ REISE_SEED_CUSTOMERS: "0" }, { mode: "production", customers: 0 }],
    [
      { REISE_MODE: "production", REISE_SEED_CUSTOMERS: "500" },
      { mode: "production", customers: 0 },
    ],
    // An operator's NODE_ENV=production alone never gets the demo staff and their published password.
    [{ NODE_ENV: "production" }, { mode: "production", customers: 0 }],
    [
      { NODE_ENV: "production", REISE_MODE: "demo" },
      { mode: "demo", customers: 2000 },
    ],
    [
      { NODE_ENV: "production", REISE_SEED_CUSTOMERS: "500" },
      { mode: "demo", customers: 500 },
    ],
  ])("%j → %j", (env, expected) => {
    expect(installSettings(env)).toEqual(expected);
  });

  it.each([
    [{ REISE_MODE: "prod" }, /REISE_MODE must be "demo" or "production"/],
    [{ REISE_SEED_CUSTOMERS: "none" }, /REISE_SEED_CUSTOMERS must be a whole number/],
    [{ REISE_SEED_CUSTOMERS: "-5" }, /REISE_SEED_CUSTOMERS must be a whole number/],
    [{ REISE_MODE: "demo", REISE_SEED_CUSTOMERS: "0" }, /contradict/],
  ])("refuses %j", (env, message) => {
    expect(() => installSettings(env)).toThrow(message);
  });
});
