import { getSession } from "@/server/auth/session";
import { startCustomerExport } from "@/server/customers/export-service";

export const dynamic = "force-dynamic";

// GET /api/customers/export?<the list's filters>&format=excel|csv: the customers those filters show,
// as CSV, streamed. Managers only (see server/customers/export-service.ts); anyone else gets 404.
// An unknown format is a 400 with a sentence in the reader's language.
export async function GET(request: Request) {
  const started = await startCustomerExport(await getSession(), new URL(request.url).searchParams);
  if (!started) return new Response("Not found", { status: 404 });
  if (!started.ok) {
    return new Response(started.message, {
      status: started.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(started.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${started.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
