import bcrypt from "bcryptjs";
import type { TeamKey } from "./catalog";
import { emailLocalPart, makePerson, uniqueEmail } from "./people";
import type { Rng } from "./random";
import type { Locale, Role } from "./rows";

/** The password of every demo staff login (see README and e2e/fixtures). */
export const DEMO_PASSWORD = "reise-demo";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  team: TeamKey | null;
  locale: Locale;
  /** Share of the team's customers and leads they own. The two demo reps get the biggest. */
  weight: number;
  /** Multiplies their response times: below 1 answers faster than the team. */
  speed: number;
}

// The manager oversees both businesses, so belongs to no team.
// The three demo logins start in English; switching language is theirs to try.
const STAFF: readonly Omit<StaffMember, "id">[] = [
  {
    email: "manager@reise.test",
    name: "Ingrid Solberg",
    role: "MANAGER",
    team: null,
    locale: "en",
    weight: 0,
    speed: 1,
  },
  { email: "sales@reise.test", name: "Magnus Berg", role: "SALES", team: "car", locale: "en", weight: 4, speed: 0.7 },
  { email: "sales2@reise.test", name: "Mette Kjær", role: "SALES", team: "build", locale: "en", weight: 4, speed: 0.9 },
  {
    email: "jonas.haugen@reise.test",
    name: "Jonas Haugen",
    role: "SALES",
    team: "car",
    locale: "nb",
    weight: 3,
    speed: 1.4,
  },
  {
    email: "amira.hassan@reise.test",
    name: "Amira Hassan",
    role: "SALES",
    team: "car",
    locale: "en",
    weight: 2,
    speed: 0.8,
  },
  {
    email: "lars.mikkelsen@reise.test",
    name: "Lars Mikkelsen",
    role: "SALES",
    team: "build",
    locale: "da",
    weight: 3,
    speed: 1.7,
  },
  {
    email: "kari.nilsen@reise.test",
    name: "Kari Nilsen",
    role: "SALES",
    team: "build",
    locale: "nb",
    weight: 3,
    speed: 1.1,
  },
];

/**
 * The demo cast, then `extraRepsPerTeam` more reps in each team (none at demo and benchmark size;
 * see scale.ts). The extra reps come from their own random stream `extra`, so the cast, and every id drawn
 * after it from `rng`, stay the same at any size.
 */
export function makeStaff(rng: Rng, extraRepsPerTeam = 0, extra?: Rng): StaffMember[] {
  const cast = STAFF.map((member) => ({ ...member, id: rng.uuid() }));
  if (!extraRepsPerTeam || !extra) return cast;
  const usedEmails = new Map<string, number>(cast.map((s) => [s.email, 1]));
  const reps: StaffMember[] = [];
  for (let i = 0; i < extraRepsPerTeam; i++)
    for (const team of ["car", "build"] as const) {
      const person = makePerson(extra, team, new Map());
      const [first, ...last] = person.name.split(" ");
      reps.push({
        id: extra.uuid(),
        email: uniqueEmail(`${emailLocalPart(first, last.join(" "))}@reise.test`, usedEmails),
        name: person.name,
        role: "SALES",
        team,
        locale: person.locale,
        // As much as an average demo rep, answering somewhere between the fastest and the slowest.
        weight: 3,
        speed: Math.round(extra.between(0.7, 1.7) * 10) / 10,
      });
    }
  return [...cast, ...reps];
}

const BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Hashes the demo password once for all staff (cost 10 takes ~100 ms). The salt
 * comes from the seeded PRNG so a re-seed writes byte-identical rows; that is
 * fine for a password printed in the README, and wrong for anything else.
 */
export async function hashDemoPassword(rng: Rng): Promise<string> {
  let salt = "$2b$10$";
  for (let i = 0; i < 22; i++) salt += BCRYPT_ALPHABET[rng.int(0, 63)];
  return bcrypt.hash(DEMO_PASSWORD, salt);
}
