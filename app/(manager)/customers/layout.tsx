import { ClientMessages } from "@/components/shell/client-messages";

export default function CustomerImportLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="customerAdmin">{children}</ClientMessages>;
}
