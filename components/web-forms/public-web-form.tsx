"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { STARTED_FIELD, type WebFormConsent, type WebFormField } from "@/lib/web-forms/options";
import type { WebFormCopy } from "@/lib/web-forms/copy";
import { submitWebFormAction, type WebFormState } from "@/server/web-forms/public-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldId, WebFormFields } from "./web-form-fields";

// The public form. It works without JavaScript: the form posts to the server action itself
// (React renders it as a plain multipart POST), and the page comes back with the answer. Once
// hydrated, the submit runs in a transition instead, so what was typed stays in the fields (React
// would reset the form after an action) and the focus goes to the first field to mend.

export function PublicWebForm({
  slug,
  stamp,
  fields,
  consents,
  thankYouText,
  copy,
}: {
  slug: string;
  /** The signed instant the page was rendered (server/web-forms/fill-time.ts). */
  stamp: string;
  fields: WebFormField[];
  consents: WebFormConsent[];
  thankYouText: string;
  copy: WebFormCopy;
}) {
  const [state, dispatch, pending] = useActionState<WebFormState, FormData>(submitWebFormAction, null);
  const thanks = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state?.ok) thanks.current?.focus();
    else if (state?.status === "invalid") {
      const first = fields.find((f) => state.errors[f.key]);
      if (first) document.getElementById(fieldId(first.key))?.focus();
    } else if (state) summary.current?.focus();
  }, [state, fields]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  if (state?.ok)
    return (
      <div ref={thanks} tabIndex={-1} role="status" className="flex flex-col gap-2 outline-none">
        <h2 className="text-lg font-semibold">{copy.thanksTitle}</h2>
        <p className="text-sm whitespace-pre-line">{thankYouText}</p>
      </div>
    );

  const kept = state && !state.ok && state.status !== "gone" && "values" in state ? state : null;
  const problem =
    state?.status === "invalid"
      ? copy.errorSummary
      : state?.status === "stale"
        ? copy.stale
        : state?.status === "gone"
          ? copy.notFound
          : state && "message" in state
            ? state.message
            : null;
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="relative flex flex-col gap-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name={STARTED_FIELD} value={kept?.stamp ?? stamp} />
      {problem ? (
        <div ref={summary} tabIndex={-1} className="outline-none">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
      <WebFormFields
        fields={fields}
        consents={consents}
        copy={copy}
        errors={kept?.errors}
        values={kept?.values}
        ticked={kept?.consents}
      />
      <div>
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          {pending ? copy.sending : copy.send}
        </Button>
      </div>
    </form>
  );
}
