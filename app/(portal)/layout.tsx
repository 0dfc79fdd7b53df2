import { getTranslations } from "next-intl/server";
import { requireCustomer } from "@/server/auth/session";
import { UserMenu } from "@/components/shell/user-menu";

/** The customer's portal: a simple centred column, phone first. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const session = await requireCustomer();
  const t = await getTranslations("common");
  return (
    <div className="min-h-dvh">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-2xl items-center justify-between px-4">
          <span className="flex items-center gap-2 font-semibold tracking-tight">
            <span aria-hidden className="inline-block size-5 rounded-md bg-accent-600" />
            Reise
          </span>
          <UserMenu session={session} />
        </div>
      </header>
      <main id="content" className="mx-auto w-full max-w-2xl px-4 py-6">{children}</main>
    </div>
  );
}
