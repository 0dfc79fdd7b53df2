import { z } from "zod";
import { EMAIL_BODY_MAX, SUBJECT_MAX } from "./message-limits";
import { multiLine, oneLine } from "./plain-text";

// The subject and text of a message, as both the template form and the "Write to the customer"
// form take them: one line for the subject (e-mail only, so optional here; the forms require it for
// e-mail), free text for the body. Error messages are keys in "messaging.errors".

export const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const subjectField = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(SUBJECT_MAX * 2, "subjectTooLong")
    .transform(oneLine)
    .pipe(z.string().max(SUBJECT_MAX, "subjectTooLong"))
    .nullable()
    .default(null),
);

export const bodyField = z
  .string({ error: "bodyRequired" })
  .max(EMAIL_BODY_MAX * 2, "bodyTooLong")
  .transform(multiLine)
  .pipe(z.string().min(1, "bodyRequired").max(EMAIL_BODY_MAX, "bodyTooLong"));
