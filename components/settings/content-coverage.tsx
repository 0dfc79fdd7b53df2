import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CATEGORIES, MILESTONES } from "@/lib/order-milestones";
import { CONTENT_LOCALES, type ContentFilter } from "@/lib/validation/milestone-content";
import { coverageKey, type ContentCoverage } from "@/server/milestone-content/coverage";
import { cn } from "@/lib/cn";

// The gaps at a glance: for the category shown, every milestone in every language, with how many
// items customers read there, "none" marked (word and colour) and each cell a link to that step;
// above it, how many gaps each other category has.

export async function ContentCoverageTable({ coverage, filter }: { coverage: ContentCoverage; filter: ContentFilter }) {
  const [t, tm, format] = await Promise.all([
    getTranslations("orderStatus.content"),
    getTranslations("orders.milestones"),
    getFormatter(),
  ]);
  const href = (category: string, milestone: string, locale: string) =>
    `/settings/content?${new URLSearchParams({ category, milestone, locale })}`;
  const gaps = (category: string) =>
    MILESTONES.flatMap((m) => CONTENT_LOCALES.filter((l) => !coverage[coverageKey(category, m, l)])).length;
  return (
    <section aria-labelledby="coverage-title" className="flex flex-col gap-3" data-testid="content-coverage">
      <div>
        <h3 id="coverage-title" className="text-base font-semibold">
          {t("coverage.title", { category: t(`categories.${filter.category}`) })}
        </h3>
        <p className="mt-1 text-sm text-ink-muted">{t("coverage.description")}</p>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <Link
              href={href(c, filter.milestone, filter.locale)}
              aria-current={c === filter.category ? "true" : undefined}
              // Underlined, not told apart by colour alone: the count after it is plain text in
              // the same line (axe: link-in-text-block).
              className={cn(
                "underline underline-offset-2",
                c === filter.category ? "font-semibold text-ink" : "text-accent-700 hover:decoration-2",
              )}
            >
              {t(`categories.${c}`)}
            </Link>{" "}
            <span className="text-ink-muted">{t("coverage.gaps", { count: gaps(c) })}</span>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-md border border-line">
        <table className="w-full text-sm">
          <thead className="bg-gray-50 text-left text-xs text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("milestone")}
              </th>
              {CONTENT_LOCALES.map((l) => (
                <th key={l} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`locales.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MILESTONES.map((m) => (
              <tr key={m} className="border-t border-line">
                <th scope="row" className="px-3 py-1.5 text-left font-normal whitespace-nowrap">
                  {tm(m)}
                </th>
                {CONTENT_LOCALES.map((l) => {
                  const n = coverage[coverageKey(filter.category, m, l)] ?? 0;
                  const current = m === filter.milestone && l === filter.locale;
                  return (
                    <td key={l} className={cn("px-3 py-1.5 text-right tabular-nums", current && "bg-accent-50")}>
                      <Link
                        href={href(filter.category, m, l)}
                        aria-label={`${tm(m)}, ${t(`locales.${l}`)}: ${n ? t("coverage.items", { count: n }) : t("coverage.none")}`}
                        className={cn(
                          "underline-offset-2 hover:underline",
                          n ? "text-ink" : "font-medium text-breached-fg",
                        )}
                      >
                        {n ? format.number(n) : t("coverage.none")}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
