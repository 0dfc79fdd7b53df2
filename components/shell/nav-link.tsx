"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { CalendarIcon, ChartIcon, ListIcon, SettingsIcon, UsersIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";

// The icons by name: drawn here rather than handed over from the server frame, where each was sent
// as an SVG tree in every page's React payload (1.2 kB a page).
const ICONS = {
  leads: ListIcon,
  agenda: CalendarIcon,
  customers: UsersIcon,
  dashboard: ChartIcon,
  settings: SettingsIcon,
};

export type NavIcon = keyof typeof ICONS;

export function NavLink({ href, icon, children }: { href: string; icon: NavIcon; children: ReactNode }) {
  const Icon = ICONS[icon];
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex h-9 items-center gap-2.5 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors [&_svg]:size-4",
        active ? "bg-accent-50 text-accent-700" : "text-ink-muted hover:bg-gray-100 hover:text-ink",
      )}
    >
      <Icon />
      {children}
    </Link>
  );
}
