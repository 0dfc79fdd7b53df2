import { ChevronDownIcon } from "@/components/ui/icons";

export const USER_MENU_TRIGGER_CLASS = "flex h-9 items-center gap-2 rounded-md px-2 text-sm text-ink hover:bg-gray-100";

/** What the account menu's button shows: initials, name, a chevron. */
export function UserMenuFace({ name }: { name: string }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();
  return (
    <>
      {/* Initials drawn by CSS: decorative, so they are not text the
          accessible name ("Account menu for …") would have to contain. */}
      <span
        aria-hidden
        data-initials={initials}
        className="flex size-7 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-700 before:content-[attr(data-initials)]"
      />
      <span className="hidden max-w-40 truncate sm:inline">{name}</span>
      <ChevronDownIcon className="size-4 text-ink-subtle" />
    </>
  );
}
