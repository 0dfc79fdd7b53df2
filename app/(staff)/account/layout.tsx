import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// Your account's pages (notifications, away, password) have their forms' words to themselves: the
// staff frame's user menu needs only its labels, and every other staff page carried the forms'.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages part="account">{children}</ClientMessages>;
}
