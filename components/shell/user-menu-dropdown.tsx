"use client";
import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DropdownMenu as Menu } from "radix-ui";
import type { AppSession } from "@/server/auth/session";
import { setLocaleAction } from "@/server/users/actions";
import { LOCALES } from "@/i18n/locales";
import {
  DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChevronDownIcon, LogOutIcon } from "@/components/ui/icons";

type Props = { session: Pick<AppSession, "name" | "email" | "role"> };

// next-auth's client is only needed to sign out: it loads when the menu opens,
// not with every staff page.
const loadNextAuth = () => import("next-auth/react");

export function UserMenu({ session }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const initials = session.name.split(/\s+/).map((part) => part[0]).slice(0, 2).join("").toUpperCase();

  return (
    <DropdownMenu onOpenChange={(open) => open && void loadNextAuth().catch(() => {})}>
      <DropdownMenuTrigger
        aria-label={t("userMenu.label", { name: session.name })}
        className="flex h-9 items-center gap-2 rounded-md px-2 text-sm text-ink hover:bg-gray-100"
      >
        {/* Initials drawn by CSS: decorative, so they are not text the
            accessible name ("Account menu for …") would have to contain. */}
        <span
          aria-hidden
          data-initials={initials}
          className="flex size-7 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-700 before:content-[attr(data-initials)]"
        />
        <span className="hidden max-w-40 truncate sm:inline">{session.name}</span>
        <ChevronDownIcon className="size-4 text-ink-subtle" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="min-w-56">
        <DropdownMenuLabel>
          <span className="block text-xs font-normal text-ink-subtle">{t("userMenu.signedInAs")}</span>
          <span className="block truncate">{session.email}</span>
          <span className="block text-xs font-normal text-ink-subtle">{t(`userMenu.roles.${session.role}`)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-ink-subtle">{t("common.language")}</DropdownMenuLabel>
        <Menu.RadioGroup
          value={locale}
          onValueChange={(next) =>
            startTransition(async () => {
              await setLocaleAction(next);
              router.refresh();
            })
          }
        >
          {LOCALES.map((code) => (
            <Menu.RadioItem
              key={code}
              value={code}
              disabled={pending}
              className="relative flex h-8 cursor-default items-center rounded px-2 pl-7 text-sm outline-none select-none data-[highlighted]:bg-gray-100"
            >
              <Menu.ItemIndicator className="absolute left-2 text-accent-600">●</Menu.ItemIndicator>
              {t(`common.languages.${code}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void loadNextAuth().then(({ signOut }) => signOut({ callbackUrl: "/login" }))}>
          <LogOutIcon className="size-4" />
          {t("userMenu.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
