import { AlertTriangleIcon, CheckCircleIcon, ClockIcon } from "@/components/ui/icons";

// The icons a list row repeats (the lead list's response clock, the customer list's consent tick),
// drawn once per list and referenced from each row by <use>: fifty copies of the same paths were
// 8 kB of the lead list's HTML, and as much again while the browser parsed it. ListTable renders
// the sprite beside its rows, table or cards, so a row icon is only for cells inside a list.

const ROW_ICONS = { alert: AlertTriangleIcon, clock: ClockIcon, check: CheckCircleIcon } as const;

export type RowIconName = keyof typeof ROW_ICONS;

const symbolId = (name: RowIconName) => `row-icon-${name}`;

/** The symbols, once per list; out of sight and out of the accessibility tree. */
export function RowIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute size-0 overflow-hidden">
      {(Object.keys(ROW_ICONS) as RowIconName[]).map((name) => (
        <symbol key={name} id={symbolId(name)} viewBox="0 0 24 24">
          {ROW_ICONS[name].paths}
        </symbol>
      ))}
    </svg>
  );
}

/** A row's icon: decorative, sized and stroked by the `icon` class like every other icon. */
export function RowIcon({ name, className }: { name: RowIconName; className?: string }) {
  return (
    <svg className={className ? `icon ${className}` : "icon"} aria-hidden="true" focusable="false">
      <use href={`#${symbolId(name)}`} />
    </svg>
  );
}
