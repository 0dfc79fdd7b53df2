"use client";

import { useTranslations } from "next-intl";

// A save that never got an answer (the network dropped, the server failed) must not throw the
// form away: the form stays with what was typed, and says what happened. A form's action is
// wrapped with this, so its failure becomes the form's own error state instead of the error page.

type Failed = { ok: false; message: string };

export function useSaveFailure() {
  const t = useTranslations("errors");
  return (error: unknown): Failed => {
    const offline =
      (typeof navigator !== "undefined" && navigator.onLine === false) ||
      (error instanceof TypeError && /fetch|network/i.test(error.message));
    return { ok: false, message: t(offline ? "saveOffline" : "saveFailed") };
  };
}

/**
 * The action wrapped so a save that gets no answer becomes its own failed state, for a form run by
 * useActionState with nothing typed to keep (a claim, a hand-over). A failure then stays on its
 * card instead of throwing the whole page, and what is typed in the page's other forms, away.
 */
export function useFailSafeAction<S, P>(action: (previous: S, payload: P) => Promise<S>) {
  const failed = useSaveFailure();
  return async (previous: S, payload: P): Promise<S> => {
    try {
      return await action(previous, payload);
    } catch (error) {
      return failed(error) as S;
    }
  };
}
