import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cn } from "@/lib/cn";
import { LoaderIcon } from "./icons";

// The looks are classes in app/globals.css (.btn, .btn-primary, .btn-md, …), like the badges': a
// button's utilities spelled out were 450 characters, written into the HTML of every button and
// again into the page's React payload for each one rendered on the server.
const variants = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
  danger: "btn-danger",
} as const;

// A finger needs 44 px: phones and touch screens get it for both sizes; from sm up with a mouse,
// the compact desktop heights (see controlHeight in input.tsx).
const sizes = { sm: "btn-sm", md: "btn-md" } as const;

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

/** Button classes for elements that cannot use <Button>, e.g. a radix trigger rendered elsewhere. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md") {
  return `btn ${variants[variant]} ${sizes[size]}`;
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
