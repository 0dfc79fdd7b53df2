import { handle } from "@/server/rest/handle";
import { createCustomerOp, listCustomers } from "@/server/rest/customers";

export const dynamic = "force-dynamic";

export const GET = handle(listCustomers);
export const POST = handle(createCustomerOp);
