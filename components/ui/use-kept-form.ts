"use client";
import { startTransition, useActionState, type FormEvent } from "react";

// A form whose failed save keeps what was typed. React resets a <form action={…}> after every
// submit, so a refused invitation would lose the name typed into it; submitting through onSubmit
// and a transition runs the same action without the reset. The form resets itself on success only
// where it says so.

/** S includes null: the state before the first submit. */
export function useKeptForm<S>(action: (previous: Awaited<S>, formData: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, null as Awaited<S>);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, pending, formProps: { onSubmit, noValidate: true } as const };
}
