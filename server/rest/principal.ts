import "server-only";
import type { AppSession } from "@/server/auth/session";
import type { ScopedKey } from "@/server/api-keys/keys";

// An API key acts as a session, so the rules of server/access/ decide what it reaches exactly as
// they do for a person (no second copy of them), and its scopes are checked on top.
//
// - A key with a team acts as a sales rep of that team who owns nothing: the team's customers with
//   their orders and timelines, and the leads waiting in the team to be claimed (and the team-less
//   ones every rep may claim). Another team's leads and customers are out of its reach. A lead a rep
//   has taken is that rep's, as in the app; a key never claims one (mayClaimLeads).
// - A key without a team acts as a manager: only managers make keys, and a key made for the whole
//   business (a DMS or ERP) reaches what its maker does. Its scopes are what limit it.
//
// Writes are recorded as the manager who made the key (audit rows, follow-ups, order events), the
// person who answers for it; ownUserId (server/access/sql.ts) keeps that manager's own leads out of
// the key's reach.

const KEY_TIME_ZONE = "Europe/Oslo";

export function apiKeySession(key: ScopedKey): AppSession {
  return {
    userId: key.createdById,
    role: key.teamId ? "SALES" : "MANAGER",
    email: "",
    name: key.name,
    locale: "en",
    timeZone: KEY_TIME_ZONE,
    teamId: key.teamId,
    customerId: null,
    apiKeyId: key.id,
  };
}
