import { handle } from "@/server/rest/handle";
import { createTouchpoint } from "@/server/rest/touchpoints";

export const dynamic = "force-dynamic";

export const POST = handle(createTouchpoint);
