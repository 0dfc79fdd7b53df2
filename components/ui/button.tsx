import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cn } from "@/lib/cn";
import { LoaderIcon } from "./icons";

const variants = {
  primary: "bg-accent-600 text-white shadow-xs hover:bg-accent-700 active:bg-accent-800 disabled:bg-accent-600",
  secondary:
    "border border-line-strong bg-surface text-ink shadow-xs hover:bg-gray-50 active:bg-gray-100 disabled:bg-surface",
  ghost: "text-ink-muted hover:bg-gray-100 hover:text-ink active:bg-gray-200 disabled:bg-transparent",
  danger:
    "bg-danger-solid text-white shadow-xs hover:bg-danger-solid-hover active:bg-danger-solid-hover disabled:bg-danger-solid",
} as const;

// A finger needs 44 px: phones and touch screens get it for both sizes; from sm up with a mouse,
// the compact desktop heights (see controlHeight in input.tsx).
const sizes = {
  sm: "h-11 gap-1.5 px-2.5 text-sm sm:pointer-fine:h-8",
  md: "h-11 gap-2 px-3.5 text-sm sm:pointer-fine:h-9",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the single child (e.g. a Link) with button styles instead of a <button>. */
  asChild?: boolean;
  /** Work in progress: shows a spinner, disables the button and sets aria-busy. It keeps full
   *  colour (unlike disabled) so its label, e.g. "Saving…", stays readable. */
  pending?: boolean;
};

export const buttonBase =
  "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors select-none disabled:cursor-not-allowed disabled:not-aria-busy:opacity-60 aria-busy:cursor-wait aria-disabled:pointer-events-none aria-disabled:opacity-60 [&_svg]:shrink-0";

/** Button classes for elements that cannot use <Button>, e.g. a radix trigger rendered elsewhere. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md") {
  return cn(buttonBase, variants[variant], sizes[size]);
}

export function Button({
  variant = "primary",
  size = "md",
  asChild = false,
  pending = false,
  disabled,
  type,
  className,
  children,
  ...props
}: ButtonProps) {
  const classes = cn(buttonClasses(variant, size), className);
  if (asChild) {
    // A slotted child (usually a link) cannot be disabled; pending only marks it busy.
    return (
      <Slot.Root className={classes} aria-busy={pending || undefined} {...props}>
        {children}
      </Slot.Root>
    );
  }
  return (
    <button
      // Default to "button" so a stray button inside a form never submits it by accident.
      type={type ?? "button"}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={classes}
      {...props}
    >
      {pending ? <LoaderIcon className="size-4 animate-spin" /> : null}
      {children}
    </button>
  );
}
