import { handle } from "@/server/rest/handle";
import { addFollowUp } from "@/server/rest/leads";

export const dynamic = "force-dynamic";

export const POST = handle(addFollowUp);
