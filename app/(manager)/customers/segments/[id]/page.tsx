import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/shell/page-header";
import { SendPicker } from "@/components/segment-sends/send-picker";
import { SendReview } from "@/components/segment-sends/send-review";
import { SendsTable } from "@/components/segment-sends/sends-table";
import { requireRole } from "@/server/auth/session";
import { getSegment, listSegments } from "@/server/customers/segments";
import { getDb } from "@/server/db";
import { listMarketingTemplates, listSegmentSends } from "@/server/segment-sends/queries";
import { previewSegmentSend } from "@/server/segment-sends/start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("segmentSends"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const query = z.object({
  template: z.guid().optional().catch(undefined),
  started: z.literal("1").optional().catch(undefined),
});

// A segment's sends (managers only): pick a marketing template, review who will get it, send; then
// each send's progress and what became of it.
export default async function SegmentSendsPage({ params, searchParams }: Props) {
  const session = await requireRole("MANAGER");
  const { id } = await params;
  const asked = query.parse(await searchParams);
  const segment = z.guid().safeParse(id).success ? await getSegment(session, id) : null;
  if (!segment) notFound();
  const db = await getDb();
  const [t, templates, sends, summaries] = await Promise.all([
    getTranslations("segmentSends"),
    listMarketingTemplates(db, session),
    listSegmentSends(db, session, segment.id),
    listSegments(session),
  ]);
  const template = templates.find((x) => x.id === asked.template) ?? null;
  const preview = template
    ? await previewSegmentSend(db, session, { segmentId: segment.id, templateId: template.id }, new Date())
    : null;
  const listHref = `/customers${summaries.find((s) => s.id === segment.id)?.search ?? ""}`;
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <Link href={listHref} className="text-sm text-ink-muted hover:text-ink hover:underline">
        {t("back", { name: segment.name })}
      </Link>
      <PageHeader title={t("heading", { name: segment.name })} description={t("subtitle")} />
      {!segment.marketing ? (
        <p className="rounded-md border border-line bg-surface px-3 py-2 text-sm">{t("notMarketing")}</p>
      ) : (
        <section
          aria-labelledby="new-send"
          className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
        >
          <h2 id="new-send" className="text-base font-semibold">
            {t("new")}
          </h2>
          <SendPicker segmentId={segment.id} templates={templates} selected={template?.id ?? null} />
          {template && preview?.ok ? (
            <SendReview segmentId={segment.id} template={template} preview={preview.preview} />
          ) : null}
        </section>
      )}
      <SendsTable segmentId={segment.id} sends={sends} started={asked.started === "1"} />
    </div>
  );
}
