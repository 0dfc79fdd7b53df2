import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationSection, type DocOperation } from "@/components/api-docs/operation-section";
import { SchemaTable } from "@/components/api-docs/schema-table";
import type { JsonSchema } from "@/components/api-docs/schema-text";
import { API_SCOPES } from "@/lib/api-scopes";
import { openApiDocument } from "@/server/rest/openapi";
import { PROBLEM_TYPES } from "@/server/rest/problem";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("metaTitle") };
}

type Doc = {
  info: { description?: string };
  tags?: { name: string }[];
  paths: Record<string, Record<string, DocOperation>>;
  components: { schemas: Record<string, JsonSchema> };
};

const code = "rounded-sm bg-gray-100 px-1 py-0.5 font-mono text-xs text-gray-800";

// The REST API's reference, written on the server from the same OpenAPI document as
// /api/openapi.json: no script, nothing loaded from elsewhere. Public, like the document.
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const doc = openApiDocument() as unknown as Doc;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const words = {
    field: t("field"),
    type: t("type"),
    required: t("required"),
    description: t("description"),
    yes: t("yes"),
  };
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-8 px-4 py-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-sm text-ink-muted">
          {t("intro")}{" "}
          <a href="/api/openapi.json" className="font-medium text-accent-700 underline underline-offset-2">
            {t("document")}
          </a>
        </p>
      </header>
      <section aria-labelledby="auth" className="flex flex-col gap-2 text-sm">
        <h2 id="auth" className="text-lg font-semibold">
          {t("authTitle")}
        </h2>
        <p>{t("authBody")}</p>
        <pre className="overflow-x-auto rounded-md bg-gray-100 p-3 font-mono text-xs">
          Authorization: Bearer rk_live_…
        </pre>
        <h3 className="font-semibold">{t("scopesTitle")}</h3>
        <p>{t("scopesBody")}</p>
        <p className="flex flex-wrap gap-1.5">
          {API_SCOPES.map((scope) => (
            <code key={scope} className={code}>
              {scope}
            </code>
          ))}
        </p>
      </section>
      <section aria-labelledby="operations" className="flex flex-col gap-6">
        <h2 id="operations" className="text-lg font-semibold">
          {t("operationsTitle")}
        </h2>
        {operations.map(({ path, method, op }) => (
          <OperationSection key={`${method} ${path}`} path={path} method={method} op={op} words={words} />
        ))}
      </section>
      <section aria-labelledby="problems" className="flex flex-col gap-2 text-sm">
        <h2 id="problems" className="text-lg font-semibold">
          {t("problemsTitle")}
        </h2>
        <p>{t("problemsBody")}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {Object.entries(PROBLEM_TYPES).map(([type, title]) => (
            <div key={type} id={`problem-${type}`} className="contents">
              <dt className="font-mono text-xs">/docs/api#problem-{type}</dt>
              <dd className="text-ink-muted">{title}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="schemas" className="flex flex-col gap-4">
        <h2 id="schemas" className="text-lg font-semibold">
          {t("schemasTitle")}
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="flex flex-col gap-1 scroll-mt-4">
            <h3 className="font-mono text-sm font-semibold">{name}</h3>
            {schema.description ? <p className="text-sm text-ink-muted">{schema.description}</p> : null}
            <SchemaTable schema={schema} words={words} />
          </div>
        ))}
      </section>
    </main>
  );
}
