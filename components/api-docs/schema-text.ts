// How the API reference page (/docs/api) writes a JSON Schema from the OpenAPI document in a few
// words: "string (uuid) | null", "array of Lead", "one of NEW, CONTACTED…". Pure, so it is tested
// without a page.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

/** The component name of a "#/components/schemas/Name" reference. */
export const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

export function schemaText(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(schemaText).join(" | ");
  if (schema.enum) return `one of ${schema.enum.map(String).join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((type) => {
        if (type === "array") return `array of ${schemaText(schema.items)}`;
        return schema.format && type === "string" ? `string (${schema.format})` : type;
      })
      .join(" | ") || "object"
  );
}

/** Limits worth telling an integrator: a maximum length, a range, a default. */
export function schemaLimits(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  const parts: string[] = [];
  const inner = schema.anyOf?.find((s) => s.type !== "null") ?? schema;
  if (inner.maxLength !== undefined) parts.push(`≤ ${inner.maxLength} characters`);
  if (inner.minimum !== undefined && inner.maximum !== undefined) parts.push(`${inner.minimum}–${inner.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}
