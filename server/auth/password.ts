import "server-only";
import bcrypt from "bcryptjs";

const COST = 10;

// Compared against when the email is unknown, so a wrong email and a wrong
// password take the same time and give the same answer.
const DUMMY_HASH = bcrypt.hashSync("reise-timing-equaliser", COST);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && Boolean(hash);
}
