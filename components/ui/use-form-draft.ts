"use client";
import { useCallback, useEffect, useId, useState } from "react";
import { dropDraft, readDraft, writeFields } from "./form-draft";

/**
 * A form's draft across a reload for a new build (./form-draft.ts): put `data-draft={draftKey}` on
 * the form. After such a reload the typed fields come back, and `restored` says so, so the form can
 * tell the person their text is kept; `saved()` after a successful save forgets the draft.
 * The key defaults to the form's place in the page; give one when the page lists several forms.
 */
export function useFormDraft(key?: string) {
  const id = useId();
  const draftKey = key ?? id;
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const fields = readDraft(draftKey);
    if (!fields) return;
    const form = document.querySelector<HTMLFormElement>(`form[data-draft="${CSS.escape(draftKey)}"]`);
    if (!form) return;
    // A field can appear only once another is set (a lost reason after the stage "lost"): put
    // back what is there, let React render, and try the rest again.
    let rest = writeFields(form, fields);
    let frame = 0;
    const again = (tries: number) => {
      if (!rest.length || !tries) return;
      frame = requestAnimationFrame(() => {
        rest = writeFields(form, rest);
        again(tries - 1);
      });
    };
    again(3);
    // The restore happens only after hydration (sessionStorage), so this is the first moment to say it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
    return () => cancelAnimationFrame(frame);
  }, [draftKey]);

  const saved = useCallback(() => dropDraft(draftKey), [draftKey]);
  const dismiss = useCallback(() => setRestored(false), []);
  return { draftKey, restored, saved, dismiss };
}
