import "server-only";
import { cache } from "react";
import { requireStaff } from "@/server/auth/session";
import { getLead } from "@/server/leads/record-queries";

/** The lead for this request, read once for layout, metadata and page; null when out of scope. */
export const loadLead = cache(async (leadId: string) => getLead(await requireStaff(), leadId));
