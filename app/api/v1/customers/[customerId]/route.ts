import { handle } from "@/server/rest/handle";
import { getCustomer, patchCustomer } from "@/server/rest/customers";

export const dynamic = "force-dynamic";

export const GET = handle(getCustomer);
export const PATCH = handle(patchCustomer);
