import { handle } from "@/server/rest/handle";
import { listTouchpoints } from "@/server/rest/touchpoints";

export const dynamic = "force-dynamic";

export const GET = handle(listTouchpoints);
