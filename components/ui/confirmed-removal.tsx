"use client";

import { startTransition, useActionState } from "react";
import type { OrderActionState } from "@/server/orders/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

// Archiving or deleting one saved thing from inside its own edit form (a message template, a
// milestone's content): a button, not a nested form, that asks first, naming what goes, then posts
// the thing's id and the version it was shown with. A refusal (changed meanwhile, say) shows below.

type Props = {
  action: (state: OrderActionState, data: FormData) => Promise<OrderActionState>;
  id: string;
  version: number;
  /** The button's text, and its accessible name with the thing's name after it. */
  label: string;
  name: string;
  words: { title: string; body: string; cancel: string };
};

export function ConfirmedRemoval({ action: remove, id, version, label, name, words }: Props) {
  const [state, action, pending] = useActionState<OrderActionState, FormData>(remove, null);
  function confirm() {
    const data = new FormData();
    data.set("id", id);
    data.set("version", String(version));
    startTransition(() => action(data));
  }
  return (
    <>
      <ConfirmDialog
        title={words.title}
        description={words.body}
        confirmLabel={label}
        cancelLabel={words.cancel}
        tone="danger"
        onConfirm={confirm}
        trigger={
          <Button type="button" variant="ghost" pending={pending} aria-label={`${label}: ${name}`}>
            {label}
          </Button>
        }
      />
      {state && !state.ok ? (
        <Alert tone="error" className="basis-full">
          {state.message}
        </Alert>
      ) : null}
    </>
  );
}
