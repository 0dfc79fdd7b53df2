"use client";

import { useTranslations } from "next-intl";
import type { AppSession } from "@/server/auth/session";
import { useDeferred } from "@/components/ui/use-deferred";
import { USER_MENU_TRIGGER_CLASS, UserMenuFace } from "./user-menu-face";

type Props = { session: Pick<AppSession, "name" | "email" | "role"> };

const loadDropdown = () => import("./user-menu-dropdown");

/** The account menu (language, sign out). Its Radix menu loads when the button is first pressed. */
export function UserMenu({ session }: Props) {
  const t = useTranslations("userMenu");
  const { module, triggerProps } = useDeferred(loadDropdown);
  if (module) return <module.UserMenuDropdown session={session} />;
  return (
    <button
      type="button"
      {...triggerProps}
      aria-label={t("label", { name: session.name })}
      className={USER_MENU_TRIGGER_CLASS}
    >
      <UserMenuFace name={session.name} />
    </button>
  );
}
