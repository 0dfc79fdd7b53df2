"use client";
import { useEffect, useRef } from "react";
import type { OrderActionState } from "@/server/orders/actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";

type Action = (prev: OrderActionState, data: FormData) => Promise<OrderActionState>;

/**
 * The order forms' shared behaviour: keep what was typed when the server refuses it
 * (useKeptForm), clear the form after a success, and move focus to the first field to fix or to
 * the message.
 */
export function useOrderForm(action: Action, fieldOrder: readonly string[], { resetOnSuccess = true } = {}) {
  const { state, pending, formProps: kept } = useKeptForm<OrderActionState>(action);
  const formRef = useRef<HTMLFormElement>(null);
  // Marked once hydrated: before that a submit posts without the focus handling and the fresh
  // idempotency key after a success. Tests wait for data-ready. Set on the element, not as state:
  // a state that differs from the server's draws the whole form again (e2e/hydration.spec.ts). No
  // dependencies, so a form element that is replaced is marked too.
  useEffect(() => formRef.current?.setAttribute("data-ready", "true"));
  const messageRef = useRef<HTMLDivElement>(null);

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
  return { state, pending, errors, formRef, message, formProps: { ...kept, ref: formRef } };
}
