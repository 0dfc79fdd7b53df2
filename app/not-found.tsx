import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-4">
      <EmptyState
        titleAs="h1"
        title={t("errors.notFoundTitle")}
        description={t("errors.notFoundBody")}
        action={
          <Link href="/" className={buttonClasses("secondary")}>
            {t("common.goHome")}
          </Link>
        }
      />
    </main>
  );
}
