import { getFormatter, getTranslations } from "next-intl/server";
import type { ApiKeyRow } from "@/server/api-keys/service";
import { Badge } from "@/components/ui/badge";
import { SettingsIcon } from "@/components/ui/icons";
import { ApiKeyTeamForm } from "./api-key-team-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { normalizeScopes, type ApiAccess, type ApiResource } from "@/lib/api-scopes";

/** The keys as a list: a name and its prefix on top, who made it and when it was last used below. */
export async function ApiKeyList({
  keys,
  teams,
  now,
}: {
  keys: ApiKeyRow[];
  teams: { id: string; name: string }[];
  now: Date;
}) {
  const [t, tk, format] = await Promise.all([
    getTranslations("settings.apiKeys"),
    getTranslations("apiKeys"),
    getFormatter(),
  ]);
  const scopeNames = (scopes: string[]) =>
    normalizeScopes(scopes)
      .map((scope) => {
        const [resource, access] = scope.split(":") as [ApiResource, ApiAccess];
        return tk("scopeLabel", {
          resource: tk(`resources.${resource}`),
          access: tk(`access.${access}`).toLowerCase(),
        });
      })
      .join(", ");
  if (keys.length === 0) {
    // Inside the card already, so no second (dashed) frame around it.
    return (
      <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
        <div className="mb-1 flex size-10 items-center justify-center rounded-full bg-gray-100 text-ink-muted [&_svg]:size-5">
          <SettingsIcon />
        </div>
        <h3 className="text-base font-semibold text-ink">{t("emptyTitle")}</h3>
        <p className="max-w-sm text-sm text-ink-muted">{t("emptyBody")}</p>
      </div>
    );
  }
  const date = (at: Date) => format.dateTime(at, DATE_AND_TIME);
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-line">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" data-testid="api-key-row">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <span className={key.revokedAt ? "font-medium text-ink-muted line-through" : "font-medium text-ink"}>
                {key.name}
              </span>
              <code className="rounded-sm bg-gray-100 px-1.5 py-0.5 font-mono text-xs text-gray-700">
                {key.prefix}…
              </code>
              {key.revokedAt ? <Badge tone="lost">{t("revoked")}</Badge> : <Badge tone="answered">{t("active")}</Badge>}
            </div>
            <p className="mt-1 text-xs text-ink-muted tabular-nums">
              {t("createdBy", { name: key.createdByName, date: date(key.createdAt) })}
              {" · "}
              {key.revokedAt
                ? t("revokedOn", { date: date(key.revokedAt) })
                : key.lastUsedAt
                  ? t("lastUsed", { when: format.relativeTime(key.lastUsedAt, now) })
                  : t("neverUsed")}
            </p>
            <p className="mt-0.5 text-xs text-ink-muted" data-testid="api-key-scopes">
              {key.scopes.length ? tk("scopesOf", { scopes: scopeNames(key.scopes) }) : tk("noScopes")}
            </p>
          </div>
          {key.revokedAt ? null : (
            <div className="flex flex-wrap items-center gap-2">
              <ApiKeyTeamForm keyId={key.id} name={key.name} teamId={key.teamId} teams={teams} />
              <RevokeApiKeyButton id={key.id} name={key.name} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
