import { handle } from "@/server/rest/handle";
import { listLeads } from "@/server/rest/leads";

export const dynamic = "force-dynamic";

export const GET = handle(listLeads);
