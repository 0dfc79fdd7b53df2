import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * Shared look of text-like controls. 16px on phones so iOS does not zoom on focus, 14px from sm up.
 * The invalid state follows aria-invalid, which FormField sets.
 */
/** A text field's, select's and text area's look: the `.control` class of app/globals.css. */
export const controlClasses = "control";

/**
 * 44 px, the usual minimum for a finger, on phones and on any touch screen; the 36 px desktop
 * height only where a mouse is the pointer from sm up, so tables and filter bars stay compact there.
 */
export const controlHeight = "h-11 sm:pointer-fine:h-9";

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cn(controlClasses, controlHeight, className)} {...props} />;
}
