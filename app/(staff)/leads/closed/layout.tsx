import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The closed leads' table has words of its own (outcomes, reasons, its columns): they come with this
// page, not with every page of the lead list (0.9 kB of the active list).
export default function ClosedLeadsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages part="closedLeads">{children}</ClientMessages>;
}
