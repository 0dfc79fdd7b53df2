import { ClientMessages } from "@/components/shell/client-messages";

export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="settings">{children}</ClientMessages>;
}
