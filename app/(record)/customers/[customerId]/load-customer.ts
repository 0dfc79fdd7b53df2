import "server-only";
import { cache } from "react";
import { requireStaff } from "@/server/auth/session";
import { getCustomerRecord } from "@/server/customers/record-queries";

/** The customer for this request, read once for layout, metadata and page; null when out of scope. */
export const loadCustomer = cache(async (customerId: string) => getCustomerRecord(await requireStaff(), customerId));
