"use client";
import { startTransition, useActionState, useMemo, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useFailSafeAction } from "./save-failure";
import { useFormDraft } from "./use-form-draft";

// A form whose failed save keeps what was typed. React resets a <form action={…}> after every
// submit, so a refused invitation would lose the name typed into it; once hydrated, onSubmit runs
// the same action in a transition instead, and React, seeing the submit prevented, neither runs it
// twice nor resets the form. The action stays on the form for the moment before hydration: a
// submit then still posts to the server action, never a GET that would put a password in the URL.
// What was typed also survives the reload into a new build of Reise (./use-form-draft.ts).

type Options = { /** Names the draft when the page lists several of these forms. */ draft?: string };

/** S includes null: the state before the first submit. */
export function useKeptForm<S>(
  action: (previous: Awaited<S>, formData: FormData) => Promise<S>,
  { draft }: Options = {},
) {
  const t = useTranslations("errors");
  const kept = useFormDraft(draft);
  // A save that gets no answer becomes the form's own error, keeping what was typed (./save-failure.ts).
  const [state, dispatch, pending] = useActionState<S, FormData>(
    useFailSafeAction(async (previous: Awaited<S>, formData: FormData): Promise<Awaited<S>> => {
      const result = await action(previous, formData);
      if ((result as { ok?: boolean } | null)?.ok) kept.saved();
      return result as Awaited<S>;
    }),
    null as Awaited<S>,
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    kept.dismiss();
    startTransition(() => dispatch(data));
  }
  // Back from a reload into a new build: the form says its text is kept until it is sent again.
  const notice = useMemo(() => ({ ok: false, message: t("saveStale") }) as Awaited<S>, [t]);
  const shown = kept.restored && !state ? notice : state;
  return {
    state: shown,
    pending,
    formProps: { action: dispatch, onSubmit, noValidate: true, "data-draft": kept.draftKey } as const,
  };
}
