import { useId, type ReactElement, type ReactNode } from "react";
import { Slot } from "radix-ui";
import { cn } from "@/lib/cn";
import { AlertTriangleIcon } from "./icons";
import { Label } from "./label";

export type FormFieldProps = {
  label: ReactNode;
  /** The one control (Input, Textarea, Select…); it receives id, aria-describedby, aria-invalid. */
  children: ReactElement;
  hint?: ReactNode;
  /** A message the user can act on; usually `state.fieldErrors?.email?.[0]` from useActionState. */
  error?: ReactNode;
  /** Defaults to a generated id; pass one when other markup must point at the control. */
  id?: string;
  required?: boolean;
  className?: string;
};

export function FormField({ label, children, hint, error, id, required, className }: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={controlId} required={required}>
        {label}
      </Label>
      <Slot.Root
        id={controlId}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      >
        {children}
      </Slot.Root>
      {hint ? (
        <p id={hintId} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      {/* The alert region is always present so a newly added message is announced reliably. */}
      <div role="alert" aria-atomic="true">
        {error ? (
          <p id={errorId} className="flex items-start gap-1.5 text-xs font-medium text-danger-fg">
            <AlertTriangleIcon className="mt-px size-3.5 shrink-0" />
            <span>{error}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
