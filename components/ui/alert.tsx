import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { AlertTriangleIcon, CheckCircleIcon, InfoIcon } from "./icons";

const tones = {
  info: { box: "border-info-border bg-info-bg text-info-fg", Icon: InfoIcon },
  error: { box: "border-danger-border bg-danger-bg text-danger-fg", Icon: AlertTriangleIcon },
  success: { box: "border-success-border bg-success-bg text-success-fg", Icon: CheckCircleIcon },
} as const;

export type AlertTone = keyof typeof tones;

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** e.g. a "Try again" button. */
  action?: ReactNode;
  className?: string;
};

/** Errors interrupt (role=alert); info and success wait their turn (role=status). */
export function Alert({ tone = "info", title, children, action, className }: AlertProps) {
  const { box, Icon } = tones[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex items-start gap-3 rounded-md border px-3.5 py-3 text-sm", box, className)}
    >
      <Icon className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-gray-800">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
    </div>
  );
}
