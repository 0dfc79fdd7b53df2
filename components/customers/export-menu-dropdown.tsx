"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChevronDownIcon } from "@/components/ui/icons";
import { isLocale } from "@/i18n/locales";
import { defaultExportFormat, EXPORT_FORMATS } from "@/lib/validation/export-format";

// The export's two formats as plain download links, so the browser shows its own progress and can
// cancel. The reader's usual one (Excel's semicolons for nb/da, plain CSV for en) comes first and
// has focus when the menu opens from the keyboard. Loaded on first press (customer-list-actions.tsx).

export function ExportMenuDropdown({ search }: { search: string }) {
  const t = useTranslations("customerList");
  const locale = useLocale();
  const usual = defaultExportFormat(isLocale(locale) ? locale : "en");
  const formats = [usual, ...EXPORT_FORMATS.filter((f) => f !== usual)];
  const join = search ? `${search}&` : "?";
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary">
          {t("actions.export")}
          <ChevronDownIcon className="size-4" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-72 max-w-[calc(100vw-2rem)]">
        {formats.map((format) => (
          <DropdownMenuItem key={format} asChild className="h-auto min-h-11 flex-col items-start gap-0 py-1.5">
            <a href={`/api/customers/export${join}format=${format}`} download data-format={format}>
              <span className="font-medium">{t(`export.${format}`)}</span>
              <span className="text-xs text-ink-muted">{t(`export.${format}Hint`)}</span>
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
