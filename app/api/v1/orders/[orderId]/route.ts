import { handle } from "@/server/rest/handle";
import { getOrder, patchOrder } from "@/server/rest/orders";

export const dynamic = "force-dynamic";

export const GET = handle(getOrder);
export const PATCH = handle(patchOrder);
