import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

export type LabelProps = ComponentProps<"label"> & {
  /** Shows a visual marker; the control's own `required` attribute tells assistive tech. */
  required?: boolean;
};

export function Label({ required, className, children, ...props }: LabelProps) {
  return (
    <label className={cn("text-sm font-medium text-ink", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden="true" className="ml-0.5 text-danger-fg">
          *
        </span>
      ) : null}
    </label>
  );
}
