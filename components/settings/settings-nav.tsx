import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { ChevronDownIcon } from "@/components/ui/icons";

const GROUPS = [
  {
    id: "groupSales",
    sections: [
      { id: "routing", href: "/settings/routing" },
      { id: "sla", href: "/settings/sla" },
      { id: "teams", href: "/settings/teams" },
      { id: "lostReasons", href: "/settings/lost-reasons" },
      { id: "goals", href: "/settings/goals" },
    ],
  },
  {
    id: "groupMessages",
    sections: [
      { id: "alerts", href: "/settings/alerts" },
      { id: "templates", href: "/settings/templates" },
      { id: "automations", href: "/settings/automations" },
      { id: "content", href: "/settings/content" },
    ],
  },
  {
    id: "groupIntegrations",
    sections: [
      { id: "apiKeys", href: "/settings/api-keys" },
      { id: "webhooks", href: "/settings/webhooks" },
      { id: "webForms", href: "/settings/web-forms" },
    ],
  },
  {
    id: "groupAdmin",
    sections: [
      { id: "users", href: "/settings/users" },
      { id: "audit", href: "/settings/audit" },
      { id: "jobs", href: "/settings/jobs" },
    ],
  },
] as const;

type SectionId = (typeof GROUPS)[number]["sections"][number]["id"];

/** Where /settings opens: the first group's first section. */
export const FIRST_SETTINGS_SECTION = GROUPS[0].sections[0].href;

const tabClass = (active: boolean) =>
  cn(
    "inline-block border-b-2 px-1 pb-2 text-sm font-medium whitespace-nowrap transition-colors",
    active ? "border-accent-600 text-ink" : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
  );

/**
 * The settings sections as links: each section is its own page with its own URL. Fifteen sections
 * in one row of tabs wrapped to three lines at 1280 px, so they come in four groups: the groups as
 * tabs, and under them the current group's sections. On a phone the sections are a menu, grouped,
 * opened from a button naming the current one (a native disclosure: keyboard and screen readers work).
 */
export async function SettingsNav({ current }: { current: SectionId }) {
  const t = await getTranslations("settings.nav");
  const group = GROUPS.find((g) => g.sections.some((s) => s.id === current)) ?? GROUPS[0];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line sm:border-b-0">
      <details className="group relative pb-3 sm:hidden">
        <summary className="flex h-11 cursor-pointer list-none items-center justify-between rounded-md border border-line-strong bg-surface px-3 text-sm font-medium text-ink [&::-webkit-details-marker]:hidden">
          <span>
            <span className="text-ink-muted">{t("section")}: </span>
            {t(current)}
          </span>
          <ChevronDownIcon className="size-4 text-ink-subtle transition-transform group-open:rotate-180" />
        </summary>
        <div className="absolute inset-x-0 top-12 z-20 flex max-h-[70vh] flex-col overflow-y-auto rounded-md border border-line bg-surface py-1 shadow-md">
          {GROUPS.map((g) => (
            <div key={g.id} role="group" aria-labelledby={`settings-nav-${g.id}`}>
              <p
                id={`settings-nav-${g.id}`}
                className="px-3 pt-2 pb-1 text-xs font-medium tracking-wide text-ink-subtle uppercase"
              >
                {t(g.id)}
              </p>
              <ul>
                {g.sections.map((section) => (
                  <li key={section.id}>
                    <Link
                      href={section.href}
                      aria-current={section.id === current ? "page" : undefined}
                      className={cn(
                        "flex h-11 items-center px-3 text-sm",
                        section.id === current
                          ? "bg-accent-50 font-medium text-accent-700"
                          : "text-ink hover:bg-gray-50",
                      )}
                    >
                      {t(section.id)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </details>
      <div className="hidden sm:block">
        <ul aria-label={t("groups")} className="flex flex-wrap gap-x-5 gap-y-1 border-b border-line">
          {GROUPS.map((g) => (
            <li key={g.id}>
              <Link
                href={g.sections[0].href}
                aria-current={g.id === group.id ? "true" : undefined}
                className={tabClass(g.id === group.id)}
              >
                {t(g.id)}
              </Link>
            </li>
          ))}
        </ul>
        <ul aria-label={t(group.id)} className="flex flex-wrap gap-x-4 gap-y-1 pt-3">
          {group.sections.map((section) => (
            <li key={section.id}>
              <Link
                href={section.href}
                aria-current={section.id === current ? "page" : undefined}
                className={cn(
                  "inline-block rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap transition-colors",
                  section.id === current
                    ? "bg-accent-50 font-medium text-accent-700"
                    : "text-ink-muted hover:bg-gray-50 hover:text-ink",
                )}
              >
                {t(section.id)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
