"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useFailSafeAction } from "./save-failure";

// A form whose failed save keeps what was typed. React resets a <form action={…}> after every
// submit, so a refused invitation would lose the name typed into it; once hydrated, onSubmit runs
// the same action in a transition instead, and React, seeing the submit prevented, neither runs it
// twice nor resets the form. The action stays on the form for the moment before hydration: a
// submit then still posts to the server action, never a GET that would put a password in the URL.

/** S includes null: the state before the first submit. */
export function useKeptForm<S>(action: (previous: Awaited<S>, formData: FormData) => Promise<S>) {
  // A save that gets no answer becomes the form's own error, keeping what was typed (./save-failure.ts).
  const [state, dispatch, pending] = useActionState<S, FormData>(
    useFailSafeAction(action as (previous: Awaited<S>, formData: FormData) => Promise<Awaited<S>>),
    null as Awaited<S>,
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, pending, formProps: { action: dispatch, onSubmit, noValidate: true } as const };
}
