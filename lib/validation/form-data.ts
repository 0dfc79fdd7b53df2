/** The named fields of a submitted form as strings, for a zod schema; files and unknown keys are dropped. */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  return out;
}
