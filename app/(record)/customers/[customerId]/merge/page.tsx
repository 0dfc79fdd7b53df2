import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { first } from "@/lib/validation/url-param";
import { mayManageCustomerData } from "@/server/access/customer";
import { findMergeCandidates, getMergePreview } from "@/server/customers/merge-queries";
import { Alert } from "@/components/ui/alert";
import { ChevronRightIcon } from "@/components/ui/icons";
import { MergeForm } from "@/components/customers/merge-form";
import { MergeSearch } from "@/components/customers/merge-search";
import { loadCustomer } from "../load-customer";

type Props = {
  params: Promise<{ customerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// ?q= searches for the duplicate, ?with= picks it; bad values fall back to the empty search.
const querySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100)).catch("").default(""),
  with: z.preprocess(first, z.guid().optional()).catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { customerId } = await params;
  const [record, t] = await Promise.all([loadCustomer(customerId), getTranslations("customer")]);
  return { title: record ? t("merge.metaTitle", { name: record.customer.name }) : t("notFoundTitle") };
}

export default async function MergeCustomerPage({ params, searchParams }: Props) {
  const [{ customerId }, raw] = await Promise.all([params, searchParams]);
  const record = await loadCustomer(customerId);
  if (!record || !mayManageCustomerData(record.access.session)) notFound();
  const { customer, access } = record;
  const t = await getTranslations("customer.merge");
  const query = querySchema.parse(raw);
  const [candidates, preview] = await Promise.all([
    query.with || customer.erasedAt ? [] : findMergeCandidates(access.session, customer.id, query.q),
    query.with && !customer.erasedAt ? getMergePreview(access.session, customer.id, query.with) : null,
  ]);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <Link
        href={`/customers/${customer.id}`}
        className="inline-flex items-center gap-1 self-start text-sm text-ink-muted hover:text-ink"
      >
        <ChevronRightIcon className="size-4 rotate-180" />
        {t("back", { name: customer.name })}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{t("title", { name: customer.name })}</h1>
        <p className="text-sm text-ink-muted">{t("intro", { name: customer.name })}</p>
      </header>
      {customer.erasedAt ? (
        <Alert tone="error">{t("erasedNote")}</Alert>
      ) : query.with ? (
        preview ? (
          <MergeForm preview={preview} />
        ) : (
          <Alert tone="error">{t("notFound")}</Alert>
        )
      ) : (
        <MergeSearch customerId={customer.id} q={query.q} candidates={candidates} />
      )}
      {query.with ? (
        <Link
          href={`/customers/${customer.id}/merge${query.q ? `?q=${encodeURIComponent(query.q)}` : ""}`}
          className="self-start text-sm text-accent-700 hover:underline"
        >
          {t("chooseAnother")}
        </Link>
      ) : null}
    </div>
  );
}
