import { handle } from "@/server/rest/handle";
import { addFollowUp } from "@/server/rest/lead-follow-ups";

export const dynamic = "force-dynamic";

export const POST = handle(addFollowUp);
