import { ClientMessages } from "@/components/shell/client-messages";

export default function LeadRecordLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="leadRecord">{children}</ClientMessages>;
}
