import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The board's client components move leads between stages: they need the pipeline's words, which
// the lead list (one layout up) no longer carries on every page load.
export default function BoardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages part="board">{children}</ClientMessages>;
}
