import type { WebFormPublicErrorCode } from "@/lib/validation/web-form";
import { HONEYPOT_FIELD } from "@/lib/web-forms/options";
import type { WebFormCopy } from "@/lib/web-forms/copy";
import type { WebFormConsent, WebFormField, WebFormFieldKey } from "@/lib/web-forms/options";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

// The visitor's side of a web form: its fields, its consent boxes and the honeypot. Shared by the
// public page (components/web-forms/public-web-form.tsx) and the live preview in Settings.

export const fieldId = (key: WebFormFieldKey) => `wf-${key}`;

const INPUT: Record<Exclude<WebFormFieldKey, "message">, { type: string; autoComplete: string; maxLength: number }> = {
  name: { type: "text", autoComplete: "name", maxLength: 120 },
  email: { type: "email", autoComplete: "email", maxLength: 254 },
  phone: { type: "tel", autoComplete: "tel", maxLength: 40 },
  city: { type: "text", autoComplete: "address-level2", maxLength: 100 },
};

export function WebFormFields({
  fields,
  consents,
  copy,
  errors = {},
  values = {},
  ticked = [],
}: {
  fields: WebFormField[];
  consents: WebFormConsent[];
  copy: WebFormCopy;
  errors?: Partial<Record<WebFormFieldKey, WebFormPublicErrorCode>>;
  values?: Partial<Record<WebFormFieldKey, string>>;
  ticked?: string[];
}) {
  const firstError = fields.find((f) => errors[f.key])?.key;
  return (
    <>
      {fields.map((field) => {
        const label = field.required ? (
          copy.fields[field.key]
        ) : (
          <>
            {copy.fields[field.key]} <span className="font-normal text-ink-muted">{copy.optional}</span>
          </>
        );
        const error = errors[field.key] ? copy.errors[errors[field.key]!] : undefined;
        // Without JavaScript the page comes back from the server: autofocus puts the person on the
        // first field to mend (with JavaScript, public-web-form.tsx moves the focus there).
        const common = {
          name: field.key,
          required: field.required,
          defaultValue: values[field.key] ?? "",
          autoFocus: field.key === firstError,
        };
        return (
          <FormField key={field.key} id={fieldId(field.key)} label={label} error={error} required={field.required}>
            {field.key === "message" ? (
              <Textarea {...common} rows={5} maxLength={2000} />
            ) : (
              <Input {...common} {...INPUT[field.key]} />
            )}
          </FormField>
        );
      })}
      {consents.length > 0 ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-medium text-ink">{copy.consentsLegend}</legend>
          {consents.map((consent) => (
            <label key={consent.purpose} className="flex items-start gap-3 text-sm text-ink">
              {/* Never ticked by us: a consent is the visitor's own act. */}
              <input
                type="checkbox"
                name={`consent.${consent.purpose}`}
                value="yes"
                defaultChecked={ticked.includes(consent.purpose)}
                className="mt-0.5 size-5 shrink-0 accent-accent-600"
              />
              <span className="whitespace-pre-line">{consent.text}</span>
            </label>
          ))}
          <p className="text-xs text-ink-muted">{copy.consentNote}</p>
        </fieldset>
      ) : null}
      {/* The honeypot: out of sight and out of reach for people (no tab stop, hidden from screen
          readers, no autofill), but an ordinary field to a bot: positioned away rather than
          display:none or type=hidden, which bots know to skip. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="wf-website">{copy.honeypot}</label>
        <input id="wf-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
