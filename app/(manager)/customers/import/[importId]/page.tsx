import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getImport } from "@/server/customer-import/history";
import { getImportStatus } from "@/server/customer-import/status";
import { PageHeader } from "@/components/shell/page-header";
import { ImportStatusView } from "@/components/customer-import/import-status";
import { UndoImportButton } from "@/components/customer-import/undo-import-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerImport"))("title") };
}

// One import: its check, review, progress and result (components/customer-import/import-status.tsx).
export default async function CustomerImportPage({ params }: { params: Promise<{ importId: string }> }) {
  const session = await requireRole("MANAGER");
  const id = z.uuid().safeParse((await params).importId);
  if (!id.success) notFound();
  const [t, status, row] = await Promise.all([
    getTranslations("customerImport"),
    getImportStatus(await getDb(), session, id.data, true),
    getImport(session, id.data),
  ]);
  if (!status) notFound();
  return (
    <div className="flex max-w-4xl flex-col gap-2">
      <Link href="/customers/import" className="text-sm text-ink-muted hover:text-ink hover:underline">
        {t("status.back")}
      </Link>
      <PageHeader title={t("status.title", { file: status.fileName })} />
      <ImportStatusView
        initial={status}
        undo={row?.state === "DONE" ? <UndoImportButton row={row} size="md" /> : undefined}
      />
    </div>
  );
}
