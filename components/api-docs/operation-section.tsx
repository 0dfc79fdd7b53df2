import { getTranslations } from "next-intl/server";
import { SchemaTable, type SchemaWords } from "./schema-table";
import { refName, schemaLimits, schemaText, type JsonSchema } from "./schema-text";

type Content = Record<string, { schema: JsonSchema }>;
export type DocOperation = {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  requestBody?: { content: Content };
  responses: Record<string, { description: string; content?: Content }>;
};

const firstSchema = (content?: Content) => (content ? Object.values(content)[0]?.schema : undefined);

/** One operation of the reference: method and path, what it does, its parameters, body and answers. */
export async function OperationSection({
  path,
  method,
  op,
  words,
}: {
  path: string;
  method: string;
  op: DocOperation;
  words: SchemaWords;
}) {
  const t = await getTranslations("apiDocs");
  const body = firstSchema(op.requestBody?.content);
  return (
    <article
      id={`op-${op.operationId}`}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 text-sm"
    >
      <h3 className="flex flex-wrap items-baseline gap-2">
        <span className="rounded-sm bg-accent-50 px-1.5 py-0.5 font-mono text-xs font-semibold text-accent-700">
          {method}
        </span>
        <code className="font-mono text-sm break-all">{path}</code>
        <span className="text-ink-muted">{op.summary}</span>
      </h3>
      {op.description ? <p className="whitespace-pre-line text-ink-muted">{op.description}</p> : null}
      {op.parameters?.length ? (
        <div className="flex flex-col gap-1">
          <h4 className="font-medium">{t("parameters")}</h4>
          <ul className="flex flex-col gap-1">
            {op.parameters.map((p) => (
              <li key={`${p.in}:${p.name}`}>
                <code className="font-mono">{p.name}</code>{" "}
                <span className="text-xs text-ink-muted">
                  ({p.in}, {schemaText(p.schema)}
                  {p.required ? `, ${words.required.toLowerCase()}` : ""})
                </span>{" "}
                {[p.description, schemaLimits(p.schema)].filter(Boolean).join(" · ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {body ? (
        <div className="flex flex-col gap-1">
          <h4 className="font-medium">{t("requestBody")}</h4>
          <SchemaTable schema={body} words={words} />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <h4 className="font-medium">{t("responses")}</h4>
        <ul className="flex flex-col gap-0.5">
          {Object.entries(op.responses).map(([status, response]) => {
            const schema = firstSchema(response.content);
            return (
              <li key={status}>
                <span className="font-mono tabular-nums">{status}</span> {response.description}
                {schema?.$ref ? (
                  <>
                    {" "}
                    <a href={`#schema-${refName(schema.$ref)}`} className="font-mono text-xs text-accent-700 underline">
                      {refName(schema.$ref)}
                    </a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}
