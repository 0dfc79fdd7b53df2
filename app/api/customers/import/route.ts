import { mayManageCustomerData } from "@/server/access/customer";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { startImport } from "@/server/customer-import/start";
import { IMPORT_MAX_BYTES } from "@/lib/validation/customer-import-file";

export const dynamic = "force-dynamic";

// POST /api/customers/import?file=<name>&options=<json>: the file as the request body (the import
// page sends it with upload progress) and how to read it (the wizard's choices, checked again by
// the server). It is stored and checked in the background: the answer is the new import's id.
// Managers only; anyone else gets 404. Files over the limit are refused from Content-Length, and by
// counting bytes while reading when that header lies.

async function readAtMost(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

export async function POST(request: Request) {
  const session = await getSession();
  if (!mayManageCustomerData(session)) return new Response("Not found", { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES) {
    return Response.json({ ok: false, reason: "tooLarge" }, { status: 413 });
  }
  const bytes = await readAtMost(request.body, IMPORT_MAX_BYTES);
  if (!bytes) return Response.json({ ok: false, reason: "tooLarge" }, { status: 413 });
  const params = new URL(request.url).searchParams;
  let options: unknown = null;
  try {
    options = JSON.parse(params.get("options") ?? "null");
  } catch {
    options = null;
  }
  const fileName = (params.get("file") ?? "").slice(0, 200);
  const result = await startImport(await getDb(), session, { bytes, fileName, options }, new Date());
  if (!result) return new Response("Not found", { status: 404 });
  return Response.json(result, { status: result.ok ? 201 : 422 });
}
