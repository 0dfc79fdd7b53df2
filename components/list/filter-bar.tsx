"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ChevronDownIcon } from "@/components/ui/icons";
import { cn } from "@/lib/cn";

// A list's filter bar: the search box, then the list's own controls. Every control writes the URL
// (useListUrlState), so filters survive reloads and can be shared as links. On a phone the controls
// fold away behind one button that counts the active ones, so the first screen shows rows.

type Props = {
  /** Names the bar's <section>. */
  label: string;
  search: ReactNode;
  /** The fold button's words on a phone ("Filters (2)"). */
  toggleLabel: string;
  /** The controls' layout on a phone, unfolded; from md on they flow in the bar's wrapping row. */
  panelClassName?: string;
  children: ReactNode;
};

export function FilterBar({ label, search, toggleLabel, panelClassName = "flex flex-wrap", children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section aria-label={label} className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end">
      <div className="flex items-end gap-2 md:contents">
        {search}
        <Button
          variant="secondary"
          className="md:hidden"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {toggleLabel}
          <ChevronDownIcon className={cn("size-4 transition-transform", open && "rotate-180")} />
        </Button>
      </div>
      <div id={panelId} className={cn(open ? panelClassName : "hidden", "items-end gap-3 md:contents")}>
        {children}
      </div>
    </section>
  );
}
