"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/filter-field";
import { Input } from "@/components/ui/input";
import { SearchIcon } from "@/components/ui/icons";
import { useLeadListNav } from "./lead-filters-transition";

// The search box of the filter bar.
// Typing searches after a short pause; Enter searches at once.

const SEARCH_DEBOUNCE_MS = 400;

export function SearchBox() {
  const t = useTranslations("leadList.filters");
  const { filters, apply } = useLeadListNav();
  const [value, setValue] = useState(filters.q ?? "");
  // What this box last sent to the URL, so a slow navigation is not sent twice.
  const applied = useRef(filters.q ?? "");
  const send = (text: string) => {
    applied.current = text.trim();
    apply({ q: text.trim() || undefined });
  };
  // A chip or "clear all" can change the search from outside: follow the URL then.
  useEffect(() => {
    if ((filters.q ?? "") === applied.current) return;
    applied.current = filters.q ?? "";
    setValue(filters.q ?? "");
  }, [filters.q]);
  useEffect(() => {
    if (value.trim() === applied.current) return;
    const timer = setTimeout(() => send(value), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });
  return (
    <Field label={t("search")} className="min-w-52 flex-1">
      {(id) => (
        <form role="search" onSubmit={(e) => (e.preventDefault(), send(value))} className="relative">
          <SearchIcon aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle" />
          <Input id={id} type="search" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t("searchPlaceholder")} className="pl-9" maxLength={100} />
        </form>
      )}
    </Field>
  );
}
