import { leadChangesQuerySchema } from "@/lib/validation/lead-changes";
import { getSession } from "@/server/auth/session";
import { findLeadChanges } from "@/server/leads/list-queries";

export const dynamic = "force-dynamic";

// GET /api/leads/changes?since=<ISO time>: how many leads in the caller's scope were created or
// changed since then, which (to mark them), and the newest new ones by name (to open them).
// Polled by the lead list (components/leads/new-leads-indicator.tsx).

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  const session = await getSession();
  // A customer gets the same answer as a stranger: staff data does not exist for them.
  if (!session || session.role === "CUSTOMER")
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
  const parsed = leadChangesQuerySchema.safeParse({ since: new URL(request.url).searchParams.get("since") });
  if (!parsed.success)
    return Response.json(
      { error: "since must be an ISO date-time with a zone, from 1970 on" },
      { status: 400, headers: noStore },
    );
  const changes = await findLeadChanges(session, parsed.data.since);
  return Response.json({ ...changes, now: new Date().toISOString() }, { headers: noStore });
}
