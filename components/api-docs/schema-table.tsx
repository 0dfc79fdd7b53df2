import { refName, schemaLimits, schemaText, type JsonSchema } from "./schema-text";

export type SchemaWords = { field: string; type: string; required: string; description: string; yes: string };

/** An object schema's fields as a table; a reference links to its schema further down the page. */
export function SchemaTable({ schema, words }: { schema: JsonSchema; words: SchemaWords }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#schema-${name}`} className="font-mono text-sm text-accent-700 underline underline-offset-2">
        {name}
      </a>
    );
  }
  const fields = Object.entries(schema.properties ?? {});
  if (!fields.length) return <code className="font-mono text-sm">{schemaText(schema)}</code>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-ink-muted">
          <tr>
            <th className="py-1 pr-3 font-medium">{words.field}</th>
            <th className="py-1 pr-3 font-medium">{words.type}</th>
            <th className="py-1 pr-3 font-medium">{words.required}</th>
            <th className="py-1 font-medium">{words.description}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {fields.map(([name, field]) => (
            <tr key={name}>
              <td className="py-1.5 pr-3 font-mono">{name}</td>
              <td className="py-1.5 pr-3 font-mono text-xs break-words">{schemaText(field)}</td>
              <td className="py-1.5 pr-3">{schema.required?.includes(name) ? words.yes : ""}</td>
              <td className="py-1.5 text-ink-muted">
                {[field.description, schemaLimits(field)].filter(Boolean).join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
