// What an API key may do: read or write, per resource. Chosen when the key is made (Settings → API
// keys); keys from before scopes existed may only send signals ("touchpoints:write"), as they did.
// Writing does not include reading: a website form's key sends signals and reads nothing back.

export const API_RESOURCES = ["customers", "leads", "orders", "touchpoints"] as const;
export type ApiResource = (typeof API_RESOURCES)[number];
export type ApiAccess = "read" | "write";
export type ApiScope = `${ApiResource}:${ApiAccess}`;

export const API_SCOPES: readonly ApiScope[] = API_RESOURCES.flatMap((r) => [`${r}:read`, `${r}:write`] as const);

export const LEGACY_SCOPES: readonly ApiScope[] = ["touchpoints:write"];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Known scopes only, in the canonical order (a stored list may come from an older version). */
export function normalizeScopes(values: readonly string[]): ApiScope[] {
  return API_SCOPES.filter((s) => values.includes(s));
}

export function hasScope(scopes: readonly string[], resource: ApiResource, access: ApiAccess): boolean {
  return scopes.includes(`${resource}:${access}`);
}
