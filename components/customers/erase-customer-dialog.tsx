"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { eraseCustomerAction, type EraseActionState } from "@/server/customers/gdpr-actions";
import { confirmsName } from "@/lib/validation/consent-options";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/**
 * Erasure asks the manager to type the customer's name: a deliberate act, never one click or
 * Enter on a focused button. The server checks the name again and refuses anyone but a manager.
 */
export function EraseCustomerDialog({ customerId, name }: { customerId: string; name: string }) {
  const t = useTranslations("customer.erase");
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  // The dialog closes when the erasure went through, inside the same transition as the result.
  const [state, action, pending] = useActionState<EraseActionState, FormData>(async (previous, formData) => {
    const result = await eraseCustomerAction(previous, formData);
    if (result?.ok) setOpen(false);
    return result;
  }, null);
  const matches = confirmsName(typed, name);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!pending) {
          setOpen(next);
          setTyped("");
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="danger" data-testid="erase-open">
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent size="sm" role="alertdialog" onInteractOutside={(e) => e.preventDefault()}>
        <form action={action} className="flex flex-col gap-4">
          <DialogTitle>{t("title", { name })}</DialogTitle>
          <DialogDescription>{t("body")}</DialogDescription>
          <input type="hidden" name="customerId" value={customerId} />
          {state && !state.ok && !state.fieldError ? <Alert tone="error">{state.message}</Alert> : null}
          <FormField label={t("typeName")} error={state && !state.ok ? state.fieldError : undefined}>
            <Input
              name="confirmName"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={name}
            />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                {t("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
              {t("confirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
