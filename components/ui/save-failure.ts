"use client";

import { unstable_isUnrecognizedActionError } from "next/navigation";
import { useTranslations } from "next-intl";
import { keepDraftsForReload } from "./form-draft";

// A save that never got an answer (the network dropped, the server failed) must not throw the
// form away: the form stays with what was typed, and says what happened. A form's action is
// wrapped with this, so its failure becomes the form's own error state instead of the error page.
//
// A save refused because the page came from another build of Reise (a deploy since it loaded, or
// an instance built apart) cannot work from this page at all: its actions are not known to the
// new build. The forms that keep drafts write them away and the page reloads into the new build,
// where they come back with the same message (./use-form-draft.ts).

type Failed = { ok: false; message: string };

export function useSaveFailure() {
  const t = useTranslations("errors");
  return (error: unknown): Failed => {
    if (unstable_isUnrecognizedActionError(error)) {
      if (keepDraftsForReload()) window.location.reload();
      return { ok: false, message: t("saveStale") };
    }
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
