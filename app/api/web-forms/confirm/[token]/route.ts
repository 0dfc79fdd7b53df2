import { getDb } from "@/server/db";
import { confirmOptIn } from "@/server/web-forms/opt-in";

// The confirmation page's button posts here (a plain form, no session): the consents the person
// ticked are recorded once, and the browser goes back to the page, which now says so (or that the
// link was used or has expired).

export const dynamic = "force-dynamic";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await confirmOptIn(await getDb(), token, new Date());
  // A link never issued (or a customer erased since) is gone, not an error.
  if (result === "unknown")
    return new Response("Unknown link\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // A relative Location: behind a proxy request.url names the server's own address, not the public one.
  return new Response(null, { status: 303, headers: { location: `/f/confirm/${encodeURIComponent(token)}` } });
}
