import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** Each tone is a class in app/globals.css (.badge-hot, …): every list row repeats a badge or two. */
export type BadgeTone =
  "neutral" | "accent" | "breached" | "due" | "answered" | "won" | "lost" | "hot" | "warm" | "slow";

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
    <span className={cn("badge", `badge-${tone}`, wrap && "badge-wrap", className)} {...props}>
      {icon}
      <span className={wrap ? "min-w-0 break-words" : "truncate"}>{children}</span>
    </span>
  );
}
