"use client";

import { Fragment, useState, type ComponentProps, type ReactNode } from "react";
import { AlertDialog, Dialog as DialogPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";
import { Button } from "./button";
import { XIcon } from "./icons";

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

const overlayClasses = "fixed inset-0 z-50 bg-gray-950/40 data-[state=open]:animate-fade-in";
const panelClasses =
  "fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg border border-line bg-surface p-5 shadow-xl data-[state=open]:animate-pop-in";
const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

export type DialogContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  size?: keyof typeof widths;
  /** Accessible name of the corner close button; without it no close button is drawn (Esc still closes). */
  closeLabel?: string;
};

export function DialogContent({ size = "md", closeLabel, className, children, ...props }: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={overlayClasses} />
      <DialogPrimitive.Content className={cn(panelClasses, widths[size], className)} {...props}>
        {children}
        {closeLabel ? (
          <DialogPrimitive.Close
            aria-label={closeLabel}
            className="absolute top-3.5 right-3.5 rounded-sm p-1 text-ink-subtle hover:bg-gray-100 hover:text-ink"
          >
            <XIcon className="size-4" />
          </DialogPrimitive.Close>
        ) : null}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/**
 * A dialog holding a form that starts fresh each time it opens: closing it remounts what is inside,
 * so a sent form or a secret shown once is never on screen again. `children` gets `restart`, for an
 * "another" button that empties the form without closing.
 */
export function FreshFormDialog({
  trigger,
  closeLabel,
  children,
}: {
  /** The opening button (rendered as the trigger, asChild). */
  trigger: ReactNode;
  closeLabel: string;
  children: (restart: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const restart = () => setRound((r) => r + 1);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) restart();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={closeLabel}>
        <Fragment key={round}>{children(restart)}</Fragment>
      </DialogContent>
    </Dialog>
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("pr-8 text-lg font-semibold text-ink", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn("text-sm text-ink-muted", className)} {...props} />;
}

/** Buttons row: stacked on phones (primary on top), right-aligned from sm up. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end", className)} {...props} />;
}

export type ConfirmDialogProps = {
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  tone?: "default" | "danger";
  /** If it returns a promise the dialog stays open, shows progress and closes once it resolves. */
  onConfirm: () => void | Promise<void>;
  /** The element that opens the dialog (rendered asChild); omit when controlling `open`. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

/**
 * Built on AlertDialog rather than Dialog: it is announced as an alertdialog, an outside click does
 * not dismiss it, and focus starts on Cancel so Enter never confirms a destructive step by accident.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel,
  tone = "default",
  onConfirm,
  trigger,
  open: openProp,
  onOpenChange,
}: ConfirmDialogProps) {
  const [openState, setOpenState] = useState(false);
  const [pending, setPending] = useState(false);
  const open = openProp ?? openState;
  const setOpen = (next: boolean) => {
    if (pending) return;
    setOpenState(next);
    onOpenChange?.(next);
  };

  async function confirm() {
    const result = onConfirm();
    if (!(result instanceof Promise)) return setOpen(false);
    setPending(true);
    try {
      await result;
      setOpenState(false);
      onOpenChange?.(false);
    } finally {
      // On failure the dialog stays open; onConfirm owns showing the error.
      setPending(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClasses} />
        <AlertDialog.Content
          className={cn(panelClasses, widths.sm)}
          // Without a description, tell radix there is none instead of pointing at nothing.
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <AlertDialog.Title className="text-lg font-semibold text-ink">{title}</AlertDialog.Title>
          {description ? (
            <AlertDialog.Description className="text-sm text-ink-muted">{description}</AlertDialog.Description>
          ) : null}
          <DialogFooter>
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <Button variant={tone === "danger" ? "danger" : "primary"} pending={pending} onClick={confirm}>
              {confirmLabel}
            </Button>
          </DialogFooter>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
