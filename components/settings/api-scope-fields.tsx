"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { API_RESOURCES, LEGACY_SCOPES, type ApiAccess } from "@/lib/api-scopes";
import { AlertTriangleIcon } from "@/components/ui/icons";

const ACCESS: ApiAccess[] = ["read", "write"];

/**
 * The scopes of a new key: read and write per resource, as a small grid of checkboxes, each named
 * in full for screen readers ("Customers: read"). "Touchpoints: write" starts ticked: what every key
 * could do before there were scopes, and what a website form or chat needs.
 */
export function ApiScopeFields({ error }: { error?: string }) {
  const t = useTranslations("apiKeys");
  const id = useId();
  return (
    <fieldset
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1.5 text-sm font-medium text-ink">{t("scopesLegend")}</legend>
      <div className="grid grid-cols-[1fr_auto_auto] items-center gap-x-4 gap-y-1 text-sm">
        <span aria-hidden="true" />
        {ACCESS.map((access) => (
          <span key={access} aria-hidden="true" className="text-xs font-medium text-ink-muted">
            {t(`access.${access}`)}
          </span>
        ))}
        {API_RESOURCES.map((resource) => (
          <div key={resource} className="contents">
            <span className="text-ink">{t(`resources.${resource}`)}</span>
            {ACCESS.map((access) => {
              const scope = `${resource}:${access}`;
              return (
                <label key={scope} className="flex min-h-11 min-w-11 items-center justify-center">
                  <input
                    type="checkbox"
                    name="scopes"
                    value={scope}
                    defaultChecked={(LEGACY_SCOPES as readonly string[]).includes(scope)}
                    aria-label={t("scopeLabel", {
                      resource: t(`resources.${resource}`),
                      access: t(`access.${access}`).toLowerCase(),
                    })}
                    className="size-4 accent-accent-600"
                  />
                </label>
              );
            })}
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className="text-xs text-ink-muted">
        {t("scopesHint")}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="flex items-center gap-1 text-xs text-danger-fg [&_svg]:size-3.5">
          <AlertTriangleIcon aria-hidden="true" />
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
