import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/lib/format-phone";
import type { MergeCandidate } from "@/server/customers/merge-queries";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Finding the duplicate: a plain GET form (works before any script loads) and a few matches. */
export async function MergeSearch({
  customerId,
  q,
  candidates,
}: {
  customerId: string;
  q: string;
  candidates: MergeCandidate[];
}) {
  const t = await getTranslations("customer.merge");
  return (
    <section className="flex flex-col gap-4">
      <form method="get" role="search" className="flex flex-col gap-2">
        <Label htmlFor="merge-q">{t("search")}</Label>
        <div className="flex gap-2">
          <Input id="merge-q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} autoFocus />
          <Button type="submit" variant="secondary">
            {t("searchButton")}
          </Button>
        </div>
      </form>
      {q && candidates.length === 0 ? <p className="text-sm text-ink-muted">{t("noResults", { q })}</p> : null}
      {candidates.length ? (
        <ul aria-label={t("results")} className="divide-y divide-line rounded-lg border border-line bg-surface">
          {candidates.map((c) => (
            <li key={c.id}>
              <Link
                href={`/customers/${customerId}/merge?q=${encodeURIComponent(q)}&with=${c.id}`}
                className="flex min-h-11 flex-col gap-0.5 px-4 py-2.5 hover:bg-gray-50 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="font-medium text-ink">
                  <span className="sr-only">{t("compare")}: </span>
                  {c.name}
                </span>
                <span className="truncate text-sm text-ink-muted">
                  {[c.email, c.phone ? formatPhone(c.phone) : null, c.city].filter(Boolean).join(" · ")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
