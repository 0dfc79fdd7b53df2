import { ClientMessages } from "@/components/shell/client-messages";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="dashboard">{children}</ClientMessages>;
}
