import { getTranslations } from "next-intl/server";
import type { RoutingSettings } from "@/server/routing/queries";

/** The routing rule in words, with this installation's own keys, campaigns and categories (server/routing/). */
export async function RoutingRule({ settings }: { settings: RoutingSettings }) {
  const [t, tCategory] = await Promise.all([
    getTranslations("settings.assignment"),
    getTranslations("orderStatus.content.categories"),
  ]);
  const teamName = new Map(settings.teams.map((team) => [team.id, team.name]));
  const list = (pairs: [string, string | null][]) => {
    const owned = pairs.filter((pair): pair is [string, string] => pair[1] !== null && teamName.has(pair[1]));
    return owned.length ? owned.map(([what, teamId]) => `${what} → ${teamName.get(teamId)}`).join(", ") : t("ruleNone");
  };
  return (
    <section aria-labelledby="routing-rule-title" className="rounded-md border border-line bg-surface px-4 py-3">
      <h2 id="routing-rule-title" className="text-sm font-semibold">
        {t("ruleTitle")}
      </h2>
      <p className="mt-1 text-sm text-ink">{t("ruleIntro")}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-ink" data-testid="routing-rule">
        <li>
          {t("ruleSignalTeam")}
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink-muted">
            <li data-testid="routing-rule-keys">
              {t("ruleKeys", { list: list(settings.keys.map((k) => [k.name, k.teamId])) })}
            </li>
            <li>{t("ruleCampaigns", { list: list(settings.campaigns.map((c) => [c.name, c.teamId])) })}</li>
            <li data-testid="routing-rule-categories">
              {t("ruleCategories", { list: list(settings.categories.map((c) => [tCategory(c.category), c.teamId])) })}
            </li>
          </ul>
        </li>
        {settings.roundRobin.enabled ? (
          <>
            <li>{t("ruleOwner")}</li>
            <li>{t("ruleTeam")}</li>
            <li>{t("ruleNobody")}</li>
            <li>{t("ruleAnyone")}</li>
          </>
        ) : (
          <li>{t("ruleOff")}</li>
        )}
      </ol>
    </section>
  );
}
