import { handle } from "@/server/rest/handle";
import { getLead, patchLead } from "@/server/rest/leads";

export const dynamic = "force-dynamic";

export const GET = handle(getLead);
export const PATCH = handle(patchLead);
