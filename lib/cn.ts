import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. There is no tailwind-merge: components expose variants through small maps,
 * so a caller's `className` should add classes, not fight the component's own.
 */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
