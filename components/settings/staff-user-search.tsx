import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SearchIcon } from "@/components/ui/icons";
import { STAFF_SEARCH_MAX } from "@/lib/validation/staff-users";

/**
 * Finds a staff user by part of their name or email: a dealer group's staff runs to many pages.
 * A plain GET form, so it works before the page's JavaScript has loaded.
 */
export async function StaffUserSearch({ q }: { q: string }) {
  const t = await getTranslations("staffUsers.search");
  return (
    <form
      role="search"
      method="get"
      action="/settings/users"
      className="flex items-center gap-2 border-b border-line px-4 py-3"
    >
      <label htmlFor="staff-user-q" className="sr-only">
        {t("label")}
      </label>
      <div className="relative min-w-0 flex-1">
        <SearchIcon
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle"
        />
        <Input
          id="staff-user-q"
          type="search"
          name="q"
          defaultValue={q}
          placeholder={t("placeholder")}
          autoComplete="off"
          maxLength={STAFF_SEARCH_MAX}
          className="pl-9"
        />
      </div>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
      {q ? (
        <Link href="/settings/users" className="text-sm font-medium text-accent-700 hover:underline">
          {t("clear")}
        </Link>
      ) : null}
    </form>
  );
}
