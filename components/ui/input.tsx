import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * Shared look of text-like controls. 16px on phones so iOS does not zoom on focus, 14px from sm up.
 * The invalid state follows aria-invalid, which FormField sets.
 */
export const controlClasses =
  "block w-full rounded-md border border-line-control bg-surface px-3 text-base text-ink shadow-xs transition-colors placeholder:text-ink-subtle hover:border-gray-500 focus-visible:border-accent-600 focus-visible:outline-offset-0 disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-ink-subtle aria-[invalid=true]:border-danger-solid aria-[invalid=true]:focus-visible:outline-danger-solid sm:text-sm";

/**
 * 44 px, the usual minimum for a finger, on phones and on any touch screen; the 36 px desktop
 * height only where a mouse is the pointer from sm up, so tables and filter bars stay compact there.
 */
export const controlHeight = "h-11 sm:pointer-fine:h-9";

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cn(controlClasses, controlHeight, className)} {...props} />;
}
