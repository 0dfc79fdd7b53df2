import type { TouchpointKind } from "@/generated/prisma/enums";
import { INGEST_KINDS } from "@/lib/validation/touchpoint-ingest";

// The signal kinds a rule may start from: what a customer does, as the ingest API and the portal
// write it. Our own messages and an automation's own entries never start a rule (no loops).
export const AUTOMATION_SIGNAL_KINDS = [...INGEST_KINDS] as const satisfies readonly TouchpointKind[];
