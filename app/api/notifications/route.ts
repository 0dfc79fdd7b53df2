import { z } from "zod";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { countUnread, listNotifications } from "@/server/notifications/queries";

export const dynamic = "force-dynamic";

// GET /api/notifications?limit=8: the newest notifications of the signed-in staff member, with
// their words composed in the reader's language; the bell's panel reads it when opened.

const noStore = { "Cache-Control": "no-store" };
const query = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(8),
  cursor: z.string().max(500).optional(),
});

export async function GET(request: Request) {
  const session = await getSession();
  if (!session || session.role === "CUSTOMER")
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
  const params = new URL(request.url).searchParams;
  const parsed = query.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!parsed.success)
    return Response.json({ error: "limit must be a whole number from 1 to 50" }, { status: 400, headers: noStore });
  const db = await getDb();
  const page = await listNotifications(db, session, { pageSize: parsed.data.limit, cursor: parsed.data.cursor });
  return Response.json({ ...page, unread: await countUnread(db, session) }, { headers: noStore });
}
