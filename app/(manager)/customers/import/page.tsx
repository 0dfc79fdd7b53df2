import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { listImportTeams } from "@/server/customer-import/teams";
import { listImports } from "@/server/customer-import/history";
import { listImportMappings } from "@/server/customer-import/mappings";
import { PageHeader } from "@/components/shell/page-header";
import { ImportHistory } from "@/components/customer-import/import-history";
import { ImportWizard } from "@/components/customer-import/import-wizard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerImport"))("title") };
}

// Managers only: in the (manager) group, whose layout checks the role before anything streams, so a
// sales rep gets a real 404; the page and the import route check again in server/.
export default async function CustomerImportPage() {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const [t, teams, saved, history] = await Promise.all([
    getTranslations("customerImport"),
    listImportTeams(session),
    listImportMappings(db, session),
    listImports(session, {}),
  ]);
  return (
    <div className="flex max-w-5xl flex-col gap-2">
      <Link href="/customers" className="text-sm text-ink-muted hover:text-ink hover:underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("wizard.subtitle")} />
      <div className="mb-2 rounded-lg border border-line bg-surface p-4 text-sm text-ink">
        <h2 className="mb-1 font-semibold">{t("format.title")}</h2>
        <p className="text-ink-muted">{t("wizard.formats")}</p>
        <p className="text-ink-muted">{t("wizard.rules")}</p>
      </div>
      <ImportWizard teams={teams} saved={saved} />
      <div className="mt-8">
        <ImportHistory initial={history} />
      </div>
    </div>
  );
}
