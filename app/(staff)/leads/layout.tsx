import { ClientMessages } from "@/components/shell/client-messages";

export default function LeadsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="leads">{children}</ClientMessages>;
}
