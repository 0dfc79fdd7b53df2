"use client";

import {
  createContext,
  useContext,
  useId,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { cn } from "@/lib/cn";

// Tabs over panels the server already rendered (the dashboard's breakdowns, the sign-in page), by
// the WAI-ARIA tabs pattern: one tab stop for the list, ←/→/Home/End move between tabs and show
// them, each panel named by its tab. Written here rather than with Radix's Tabs: Radix set state in
// its mount effects (its Presence measured each panel, its roving focus group picked its stop), so
// React drew every tab and panel a second time straight after hydrating the dashboard, a task the
// rep's first tap waited for on a phone (issue 19, e2e/hydration.spec.ts). What the dashboard needs
// of tabs is this much.

type Ctx = { value: string | undefined; select: (value: string) => void; id: string };
const TabsContext = createContext<Ctx | null>(null);

function useTabs(): Ctx {
  const tabs = useContext(TabsContext);
  if (!tabs) throw new Error("Tabs parts need a <Tabs>");
  return tabs;
}

const tabId = (id: string, value: string) => `${id}-tab-${value}`;
const panelId = (id: string, value: string) => `${id}-panel-${value}`;

export function Tabs({
  defaultValue,
  children,
  className,
}: {
  defaultValue: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  const [value, select] = useState(defaultValue);
  const id = useId();
  return (
    <TabsContext value={{ value, select, id }}>
      <div className={className}>{children}</div>
    </TabsContext>
  );
}

const KEYS = new Set(["ArrowLeft", "ArrowRight", "Home", "End"]);

/** Moves to the tab the key names and shows it (tabs show on focus, as Radix's did). */
function moveBetweenTabs(event: KeyboardEvent<HTMLDivElement>) {
  if (!KEYS.has(event.key)) return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
  const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const last = tabs.length - 1;
  const next =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? last
        : event.key === "ArrowRight"
          ? (at + 1) % tabs.length
          : (at || tabs.length) - 1;
  tabs[next].focus();
  tabs[next].click();
}

export function TabsList({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      onKeyDown={moveBetweenTabs}
      className={cn("flex gap-4 overflow-x-auto border-b border-line", className)}
      {...props}
    />
  );
}

export function TabsTrigger({ value, className, ...props }: ComponentProps<"button"> & { value: string }) {
  const tabs = useTabs();
  const active = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={tabId(tabs.id, value)}
      aria-controls={panelId(tabs.id, value)}
      aria-selected={active}
      data-state={active ? "active" : "inactive"}
      tabIndex={active ? 0 : -1}
      onClick={() => tabs.select(value)}
      className={cn(
        "-mb-px inline-flex h-9 shrink-0 items-center gap-1.5 border-b-2 border-transparent px-0.5 text-sm font-medium whitespace-nowrap text-ink-muted transition-colors hover:text-ink focus-visible:outline-offset-0 disabled:pointer-events-none disabled:opacity-50 data-[state=active]:border-accent-600 data-[state=active]:text-ink [&_svg]:size-4",
        className,
      )}
      {...props}
    />
  );
}

/** A tab's panel; a hidden one is empty, as with Radix, so its charts are not drawn unseen. */
export function TabsContent({ value, className, children, ...props }: ComponentProps<"div"> & { value: string }) {
  const tabs = useTabs();
  const active = tabs.value === value;
  return (
    <div
      role="tabpanel"
      id={panelId(tabs.id, value)}
      aria-labelledby={tabId(tabs.id, value)}
      hidden={!active}
      tabIndex={0}
      data-state={active ? "active" : "inactive"}
      className={cn("pt-4", className)}
      {...props}
    >
      {active ? children : null}
    </div>
  );
}
