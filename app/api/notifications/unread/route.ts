import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { countUnread } from "@/server/notifications/queries";

export const dynamic = "force-dynamic";

// GET /api/notifications/unread: the signed-in staff member's unread count, polled by the bell
// (components/notifications/notification-bell.tsx) like the lead list polls for changes.

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  const session = await getSession();
  if (!session || session.role === "CUSTOMER")
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: noStore });
  const count = await countUnread(await getDb(), session);
  return Response.json({ count }, { headers: noStore });
}
