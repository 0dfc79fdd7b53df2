import { cn } from "@/lib/cn";

/** The product's mark and name, as it heads every shell and the sign-in card. */
export function Brand({ size = "md", className }: { size?: "md" | "lg"; className?: string }) {
  return (
    <span
      className={cn(
        "flex items-center gap-2 font-semibold tracking-tight text-ink",
        size === "lg" && "text-lg",
        className,
      )}
    >
      <span aria-hidden className={cn("inline-block rounded-md bg-accent-600", size === "lg" ? "size-6" : "size-5")} />
      Reise
    </span>
  );
}
