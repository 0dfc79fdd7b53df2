import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * A placeholder shaped like the content it stands for; size it with className (h-4 w-32…).
 * Hidden from assistive tech: mark the loading region itself with aria-busy or a status text.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-gray-200", className)} {...props} />;
}
