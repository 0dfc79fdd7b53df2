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
