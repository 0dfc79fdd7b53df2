import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { ChevronDownIcon } from "@/components/ui/icons";

const SECTIONS = [
  { id: "apiKeys", href: "/settings/api-keys" },
  { id: "routing", href: "/settings/routing" },
  { id: "lostReasons", href: "/settings/lost-reasons" },
  { id: "goals", href: "/settings/goals" },
  { id: "sla", href: "/settings/sla" },
  { id: "teams", href: "/settings/teams" },
  { id: "alerts", href: "/settings/alerts" },
  { id: "content", href: "/settings/content" },
  { id: "templates", href: "/settings/templates" },
  { id: "automations", href: "/settings/automations" },
  { id: "webhooks", href: "/settings/webhooks" },
  { id: "webForms", href: "/settings/web-forms" },
  { id: "users", href: "/settings/users" },
  { id: "audit", href: "/settings/audit" },
  { id: "jobs", href: "/settings/jobs" },
] as const;

/**
 * The settings sections as tabs of links: each section is its own page with its own URL. On a phone
 * eleven tabs fit neither on one line nor in one sideways swipe, so the sections are a menu there,
 * opened from a button naming the current one (a native disclosure: keyboard and screen readers work).
 */
export async function SettingsNav({ current }: { current: (typeof SECTIONS)[number]["id"] }) {
  const t = await getTranslations("settings.nav");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-line">
      <details className="group relative pb-3 sm:hidden">
        <summary className="flex h-11 cursor-pointer list-none items-center justify-between rounded-md border border-line-strong bg-surface px-3 text-sm font-medium text-ink [&::-webkit-details-marker]:hidden">
          <span>
            <span className="text-ink-muted">{t("section")}: </span>
            {t(current)}
          </span>
          <ChevronDownIcon className="size-4 text-ink-subtle transition-transform group-open:rotate-180" />
        </summary>
        <ul className="absolute inset-x-0 top-12 z-20 flex flex-col rounded-md border border-line bg-surface py-1 shadow-md">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <Link
                href={section.href}
                aria-current={section.id === current ? "page" : undefined}
                className={cn(
                  "flex h-11 items-center px-3 text-sm",
                  section.id === current ? "bg-accent-50 font-medium text-accent-700" : "text-ink hover:bg-gray-50",
                )}
              >
                {t(section.id)}
              </Link>
            </li>
          ))}
        </ul>
      </details>
      <ul className="hidden flex-wrap gap-x-4 gap-y-1 sm:flex">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <Link
              href={section.href}
              aria-current={section.id === current ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 px-1 pb-2 text-sm font-medium whitespace-nowrap transition-colors",
                section.id === current
                  ? "border-accent-600 text-ink"
                  : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink",
              )}
            >
              {t(section.id)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
