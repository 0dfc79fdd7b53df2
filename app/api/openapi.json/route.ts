import { openApiDocument } from "@/server/rest/openapi";

export const dynamic = "force-dynamic";

// The REST API's OpenAPI 3.1 document (server/rest/openapi.ts); public, like any API's description.
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
