import { ClientMessages } from "@/components/shell/client-messages";

/** Sign-in pages: their client components get the login words only. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages part="auth">{children}</ClientMessages>;
}
