import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { ImportHistory } from "@/components/customer-import/import-history";
import { requireRole } from "@/server/auth/session";
import { listImports } from "@/server/customer-import/history";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerImport.history"))("pageTitle") };
}

// Managers only: the (manager) layout checks the role before anything streams (a sales rep gets a
// real 404); listImports and the undo action check the import rule again in server/.
export default async function ImportHistoryPage() {
  const session = await requireRole("MANAGER");
  const [t, page] = await Promise.all([getTranslations("customerImport.history"), listImports(session, {})]);
  return (
    <div className="flex max-w-5xl flex-col gap-2">
      <Link href="/customers/import" className="text-sm text-ink-muted hover:text-ink hover:underline">
        {t("back")}
      </Link>
      <PageHeader title={t("pageTitle")} description={t("pageSubtitle")} />
      <ImportHistory initial={page} />
    </div>
  );
}
