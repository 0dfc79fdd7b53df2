"use client";
import { useEffect, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DropdownMenu as Menu } from "radix-ui";
import type { AppSession } from "@/server/auth/session";
import { setLocaleAction } from "@/server/users/actions";
import { LOCALES } from "@/i18n/locales";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { BellIcon, CalendarIcon, KeyIcon, LogOutIcon } from "@/components/ui/icons";
import { USER_MENU_TRIGGER_CLASS, UserMenuFace } from "./user-menu-face";

// Loaded when the account menu is first pressed (user-menu.tsx), and then open.
// next-auth's client is only needed to sign out: it loads once the menu is.
const loadNextAuth = () => import("next-auth/react");

export function UserMenuDropdown({ session }: { session: Pick<AppSession, "name" | "email" | "role"> }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  useEffect(() => void loadNextAuth().catch(() => {}), []);

  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger aria-label={t("userMenu.label", { name: session.name })} className={USER_MENU_TRIGGER_CLASS}>
        <UserMenuFace name={session.name} />
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
        {session.role === "CUSTOMER" ? null : (
          <>
            <DropdownMenuItem onSelect={() => router.push("/account")}>
              <BellIcon className="size-4" />
              {t("userMenu.notifications")}
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => router.push("/account/away")}>
              <CalendarIcon className="size-4" />
              {t("userMenu.awayMenu")}
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => router.push("/account/password")}>
              <KeyIcon className="size-4" />
              {t("userMenu.passwordMenu")}
            </DropdownMenuItem>
          </>
        )}
        <DropdownMenuItem
          onSelect={() => void loadNextAuth().then(({ signOut }) => signOut({ callbackUrl: "/login" }))}
        >
          <LogOutIcon className="size-4" />
          {t("userMenu.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
