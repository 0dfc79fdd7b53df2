// Demo or production: read once from the environment by `npm start`
// (scripts/prepare-db.ts) before it touches the database.
//   REISE_MODE=production      no demo data and no users; the first manager is
//                              made with `npm run create-manager` (README).
//   REISE_SEED_CUSTOMERS=0     the same, as the README used to say.
//   NODE_ENV=production        the same, unless REISE_MODE=demo or a demo size
//                              (REISE_SEED_CUSTOMERS) is asked for: an operator who
//                              sets only NODE_ENV never gets the demo staff.
//   unset / REISE_MODE=demo    an empty database gets the demo dataset, whose
//                              staff share a password printed in the README.

export type InstallMode = "demo" | "production";
export type InstallSettings = { mode: InstallMode; customers: number };

export const DEFAULT_DEMO_CUSTOMERS = 2_000;

export class InstallModeError extends Error {}

export function installSettings(env: Readonly<Record<string, string | undefined>>): InstallSettings {
  const mode = env.REISE_MODE?.trim() || undefined;
  if (mode !== undefined && mode !== "demo" && mode !== "production") {
    throw new InstallModeError(`REISE_MODE must be "demo" or "production", got "${mode}"`);
  }
  const raw = env.REISE_SEED_CUSTOMERS?.trim() || undefined;
  const customers = raw === undefined ? DEFAULT_DEMO_CUSTOMERS : Number(raw.replace(/[_,]/g, ""));
  if (!Number.isInteger(customers) || customers < 0) {
    throw new InstallModeError(`REISE_SEED_CUSTOMERS must be a whole number (0 for no demo data), got "${raw}"`);
  }
  const productionByNodeEnv = env.NODE_ENV === "production" && mode === undefined && raw === undefined;
  if (mode === "production" || customers === 0 || productionByNodeEnv) {
    if (mode === "demo") throw new InstallModeError("REISE_MODE=demo and REISE_SEED_CUSTOMERS=0 contradict each other");
    return { mode: "production", customers: 0 };
  }
  return { mode: "demo", customers };
}
