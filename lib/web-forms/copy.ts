import type { WebFormFieldKey } from "./options";
import type { WebFormPublicErrorCode } from "@/lib/validation/web-form";

/**
 * The public form's words in the form's language (messages/<locale>/webForms.json, "public"),
 * handed to its components as props: the page's language is the form's, whatever the visitor's
 * browser prefers, and the settings preview shows any of the three beside the manager's own.
 */
export type WebFormCopy = {
  fields: Record<WebFormFieldKey, string>;
  optional: string;
  send: string;
  sending: string;
  errorSummary: string;
  stale: string;
  honeypot: string;
  consentsLegend: string;
  consentNote: string;
  errors: Record<WebFormPublicErrorCode, string>;
  thanksTitle: string;
  notFound: string;
};
