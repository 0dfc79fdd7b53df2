import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

const tones = {
  neutral: "border-line-strong bg-gray-100 text-gray-700",
  accent: "border-accent-200 bg-accent-50 text-accent-700",
  breached: "border-breached-border bg-breached-bg text-breached-fg",
  due: "border-due-border bg-due-bg text-due-fg",
  answered: "border-answered-border bg-answered-bg text-answered-fg",
  won: "border-won-border bg-won-bg text-won-fg",
  lost: "border-lost-border bg-lost-bg text-lost-fg",
  hot: "border-hot-border bg-hot-bg text-hot-fg",
  warm: "border-warm-border bg-warm-bg text-warm-fg",
  slow: "border-slow-border bg-slow-bg text-slow-fg",
} as const;

export type BadgeTone = keyof typeof tones;

export type BadgeProps = Omit<ComponentProps<"span">, "children"> & {
  tone?: BadgeTone;
  /** Optional leading icon; the text label is required because colour alone must not carry state. */
  icon?: ReactNode;
  children: ReactNode;
  /** Wrap onto more lines instead of cutting the text short, where its end carries the state. */
  wrap?: boolean;
};

export function Badge({ tone = "neutral", icon, className, children, wrap = false, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "badge", // app/globals.css: every list row repeats it
        wrap ? "min-h-5 py-0.5" : "h-5 whitespace-nowrap",
        tones[tone],
        className,
      )}
      {...props}
    >
      {icon}
      <span className={wrap ? "min-w-0 break-words" : "truncate"}>{children}</span>
    </span>
  );
}
