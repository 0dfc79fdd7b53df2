import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClasses, controlHeight } from "./input";
import { ChevronDownIcon } from "./icons";

export type SelectProps = ComponentProps<"select">;

/** A native <select>: the platform picker is the most usable one on phones and with screen readers. */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative", className)}>
      <select className={cn(controlClasses, controlHeight, "appearance-none pr-9")} {...props}>
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-ink-subtle" />
    </div>
  );
}
