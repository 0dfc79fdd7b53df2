import { getDb } from "@/server/db";
import { unsubscribeByToken } from "@/server/messaging/unsubscribe";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here without a
// session or a page; the unsubscribe page's button posts here too, and is sent back to the page.

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const result = await unsubscribeByToken(await getDb(), token, new Date());
  if (form?.get("confirm") === "yes") {
    // A relative Location: behind a proxy request.url names the server's own address, not the public one.
    const page = `/unsubscribe/${encodeURIComponent(token)}${result === "done" ? "?done=1" : ""}`;
    return new Response(null, { status: 303, headers: { location: page } });
  }
  // A client that asked for one-click gets a plain answer; an unknown token is "gone", not an error.
  return new Response(result === "done" ? "Unsubscribed\n" : "Unknown link\n", {
    status: result === "done" ? 200 : 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
