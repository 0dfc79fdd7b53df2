import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

const SECTIONS = [
  { id: "apiKeys", href: "/settings/api-keys" },
  { id: "routing", href: "/settings/routing" },
  { id: "sla", href: "/settings/sla" },
  { id: "teams", href: "/settings/teams" },
  { id: "alerts", href: "/settings/alerts" },
  { id: "content", href: "/settings/content" },
  { id: "templates", href: "/settings/templates" },
  { id: "users", href: "/settings/users" },
  { id: "audit", href: "/settings/audit" },
  { id: "jobs", href: "/settings/jobs" },
] as const;

/** The settings sections as tabs of links: each section is its own page with its own URL. */
export async function SettingsNav({ current }: { current: (typeof SECTIONS)[number]["id"] }) {
  const t = await getTranslations("settings.nav");
  return (
    // On a phone the sections scroll sideways inside the bar, not the page.
    <nav aria-label={t("label")} className="mb-6 overflow-x-auto border-b border-line">
      <ul className="flex gap-4 whitespace-nowrap">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <Link
              href={section.href}
              aria-current={section.id === current ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 px-1 pb-2 text-sm font-medium transition-colors",
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
