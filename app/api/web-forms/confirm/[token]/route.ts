import { getDb } from "@/server/db";
import { confirmOptIn } from "@/server/web-forms/opt-in";

// The confirmation page's button posts here (a plain form, no session): the consents the person
// ticked are recorded once, and the browser goes back to the page, which now says so.

export const dynamic = "force-dynamic";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await confirmOptIn(await getDb(), token, new Date());
  // A relative Location: behind a proxy request.url names the server's own address, not the public one.
  return new Response(null, { status: 303, headers: { location: `/f/confirm/${encodeURIComponent(token)}` } });
}
