import { Suspense, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AppSession } from "@/server/auth/session";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getDb } from "@/server/db";
import { countUnread } from "@/server/notifications/queries";
import { Brand } from "./brand";
import { GlobalSearch } from "./global-search";
import { ClientMessages } from "./client-messages";
import { NavLink, type NavIcon } from "./nav-link";
import { SkipLink } from "./skip-link";
import { NavigationProgress } from "./navigation-progress";
import { UserMenu } from "./user-menu";

/** The staff frame: a narrow sidebar (a top strip on phones), a top bar, the content column. */
export async function StaffShell({ session, children }: { session: AppSession; children: ReactNode }) {
  const t = await getTranslations();
  const unread = await countUnread(await getDb(), session);
  const items: { href: string; label: string; icon: NavIcon }[] = [
    { href: "/leads", label: t("nav.leads"), icon: "leads" },
    // A rep's day starts from the list or from what is due today: both come first.
    { href: "/agenda", label: t("nav.agenda"), icon: "agenda" },
    { href: "/customers", label: t("nav.customers"), icon: "customers" },
    { href: "/dashboard", label: t("nav.dashboard"), icon: "dashboard" },
    // Only managers have settings; the page checks the role again (404 for others).
    ...(session.role === "MANAGER"
      ? [{ href: "/settings", label: t("settings.navLabel"), icon: "settings" as const }]
      : []),
  ];
  return (
    <ClientMessages part="staff">
      <div className="min-h-dvh md:grid md:grid-cols-[13rem_1fr]">
        <SkipLink />
        <Suspense fallback={null}>
          <NavigationProgress />
        </Suspense>
        <aside className="border-b border-line bg-surface md:sticky md:top-0 md:h-dvh md:border-r md:border-b-0">
          <div className="flex h-14 items-center justify-between gap-2 px-4 md:h-16">
            <Brand />
            <div className="flex items-center gap-1 md:hidden">
              <GlobalSearch compact />
              <NotificationBell initialUnread={unread} />
              <UserMenu session={session} />
            </div>
          </div>
          <nav aria-label={t("nav.main")} className="px-2 pb-2 md:pt-2">
            <ul className="flex gap-1 overflow-x-auto md:flex-col">
              {items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} icon={item.icon}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
        <div className="flex min-w-0 flex-col">
          <header className="sticky top-0 z-30 hidden h-16 items-center justify-end gap-3 border-b border-line bg-surface/90 px-6 backdrop-blur md:flex">
            {/* Also mounted (hidden) on phones: the one instance that listens for Ctrl/Cmd+K and "/". */}
            <div className="mr-auto">
              <GlobalSearch shortcuts />
            </div>
            <NotificationBell initialUnread={unread} />
            <UserMenu session={session} />
          </header>
          <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:px-8 md:py-8">
            {children}
          </main>
        </div>
      </div>
    </ClientMessages>
  );
}
