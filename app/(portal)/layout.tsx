import { Suspense } from "react";
import { requireCustomer } from "@/server/auth/session";
import { Brand } from "@/components/shell/brand";
import { ClientMessages } from "@/components/shell/client-messages";
import { SkipLink } from "@/components/shell/skip-link";
import { NavigationProgress } from "@/components/shell/navigation-progress";
import { UserMenu } from "@/components/shell/user-menu";

/** The customer's portal: a simple centred column, phone first. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const session = await requireCustomer();
  return (
    <ClientMessages part="portal">
      <div className="min-h-dvh">
        <SkipLink />
        <Suspense fallback={null}>
          <NavigationProgress />
        </Suspense>
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex h-14 max-w-2xl items-center justify-between px-4">
            <Brand />
            <UserMenu session={session} />
          </div>
        </header>
        <main id="content" className="mx-auto w-full max-w-2xl px-4 py-6">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
