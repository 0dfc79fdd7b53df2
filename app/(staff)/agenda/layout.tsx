import { ClientMessages } from "@/components/shell/client-messages";

export default function AgendaLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="agenda">{children}</ClientMessages>;
}
