"use client";
import { startTransition, useActionState, useEffect, useRef, useSyncExternalStore, type FormEvent } from "react";
import type { OrderActionState } from "@/server/orders/actions";
import { Alert } from "@/components/ui/alert";

type Action = (prev: OrderActionState, data: FormData) => Promise<OrderActionState>;

/**
 * The order forms' shared behaviour: submit by hand (React resets a form after
 * every action, and someone who hits an error must keep what they typed), clear
 * the form after a success, and move focus to the first field to fix or to the message.
 */
export function useOrderForm(action: Action, fieldOrder: readonly string[], { resetOnSuccess = true } = {}) {
  const [state, formAction, pending] = useActionState<OrderActionState, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  // True once hydrated: before that a submit would be the browser's own GET. Tests wait for data-ready.
  const ready = useSyncExternalStore(noop, () => true, () => false);
  const messageRef = useRef<HTMLDivElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  useEffect(() => {
    if (!state) return;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    const first = state.ok ? undefined : fieldOrder.find((field) => state.fieldErrors?.[field]);
    const target = first ? formRef.current?.elements.namedItem(first) : messageRef.current;
    if (target instanceof HTMLElement) target.focus({ preventScroll: !first });
  }, [state, fieldOrder, resetOnSuccess]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const message = (
    <div ref={messageRef} tabIndex={-1} className="outline-none empty:hidden">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
    </div>
  );
  return { state, pending, errors, formRef, onSubmit, message, formProps: { ref: formRef, onSubmit, noValidate: true, "data-ready": ready } };
}

const noop = () => () => {};
