import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  /** Say what to do next, not only that nothing is here. */
  description?: ReactNode;
  action?: ReactNode;
  titleAs?: "h1" | "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon, title, description, action, titleAs: Title = "h2", className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-line-strong px-6 py-12 text-center",
        className,
      )}
    >
      {icon ? (
        <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-gray-100 text-ink-muted [&_svg]:size-5">
          {icon}
        </div>
      ) : null}
      <Title className="text-base font-semibold text-ink">{title}</Title>
      {description ? <p className="max-w-sm text-sm text-ink-muted">{description}</p> : null}
      {action ? <div className="mt-3 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
