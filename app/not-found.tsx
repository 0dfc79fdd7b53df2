"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// A client component, though it needs nothing of the browser: Next puts the not-found boundary's
// content into every page's data, and as a server component that was its whole rendered markup
// (twice, 2 kB on every page); as a client component it is a reference to code already loaded.
// Its words (errors, common) come from the root layout's messages.
export default function NotFound() {
  const t = useTranslations();
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
