import { z } from "zod";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getImportStatus } from "@/server/customer-import/status";

export const dynamic = "force-dynamic";

// GET /api/customers/import/<id>: where an import stands, polled by its page while the job works.
// ?findings=1 adds what the check found. Managers only; anyone else gets 404.

export async function GET(request: Request, { params }: { params: Promise<{ importId: string }> }) {
  const id = z.uuid().safeParse((await params).importId);
  if (!id.success) return new Response("Not found", { status: 404 });
  const withFindings = new URL(request.url).searchParams.get("findings") === "1";
  const status = await getImportStatus(await getDb(), await getSession(), id.data, withFindings);
  if (!status) return new Response("Not found", { status: 404 });
  return Response.json(status, { headers: { "Cache-Control": "no-store" } });
}
