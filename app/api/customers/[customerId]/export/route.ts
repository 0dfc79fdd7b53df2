import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { openCustomerExport } from "@/server/customers/gdpr-export";

export const dynamic = "force-dynamic";

// GDPR export download. openCustomerExport refuses anyone but a manager; a
// refused or unknown id answers 404 either way, so the answer says nothing about the customer.
export async function GET(_request: Request, { params }: { params: Promise<{ customerId: string }> }) {
  const [{ customerId }, session] = await Promise.all([params, getSession()]);
  if (!session) return new Response("Unauthorized", { status: 401 });
  const result = await openCustomerExport(await getDb(), session, customerId);
  if (!result) return new Response("Not found", { status: 404 });
  const encoder = new TextEncoder();
  const { chunks } = result;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${result.filename}"`,
      "cache-control": "no-store",
    },
  });
}
