import { handle } from "@/server/rest/handle";
import { listOrders } from "@/server/rest/orders";

export const dynamic = "force-dynamic";

export const GET = handle(listOrders);
