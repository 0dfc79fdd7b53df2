import { ClientMessages } from "@/components/shell/client-messages";

export default function CustomerRecordLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="customerRecord">{children}</ClientMessages>;
}
