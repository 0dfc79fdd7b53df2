// Template variables: {{firstName}}, {{product}}, {{expectedDate}}, {{repName}}. A template is
// rendered with the real values of one customer (the preview, a rep's send, a segment send, an
// automation), and a variable that has no value for that customer is an error the sender sees,
// never an empty gap in a message that goes out.

export const TEMPLATE_VARIABLES = ["firstName", "product", "expectedDate", "repName"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string | null>>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** The variables a text uses, and the ones it names that do not exist (a typo such as {{fristName}}). */
export function variablesIn(text: string): { known: TemplateVariable[]; unknown: string[] } {
  const known = new Set<TemplateVariable>();
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) known.add(name as TemplateVariable);
    else unknown.add(name);
  }
  return { known: [...known], unknown: [...unknown] };
}

export type RenderResult = { ok: true; text: string } | { ok: false; missing: TemplateVariable[]; unknown: string[] };

export function renderText(text: string, values: TemplateValues): RenderResult {
  const { known, unknown } = variablesIn(text);
  const missing = known.filter((name) => !values[name]?.trim());
  if (missing.length || unknown.length) return { ok: false, missing, unknown };
  return { ok: true, text: text.replace(PLACEHOLDER, (_, name: TemplateVariable) => values[name]!.trim()) };
}

/** Subject and body together: one list of what is missing from either. */
export function renderMessage(
  message: { subject: string | null; body: string },
  values: TemplateValues,
): { ok: true; subject: string | null; body: string } | { ok: false; missing: TemplateVariable[]; unknown: string[] } {
  const body = renderText(message.body, values);
  const subject = message.subject === null ? null : renderText(message.subject, values);
  if (body.ok && (subject === null || subject.ok)) return { ok: true, subject: subject?.text ?? null, body: body.text };
  const failed = [body, subject].filter((r): r is Extract<RenderResult, { ok: false }> => r !== null && !r.ok);
  return {
    ok: false,
    missing: [...new Set(failed.flatMap((r) => r.missing))],
    unknown: [...new Set(failed.flatMap((r) => r.unknown))],
  };
}

/** The first name: the first word of the customer's name ("Kari Nordmann" → "Kari"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}
