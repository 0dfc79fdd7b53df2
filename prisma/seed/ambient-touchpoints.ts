import { activeTeamCampaign } from "./campaigns";
import type { CustomerDraft } from "./customer-draft";
import { addTouchpoint, text } from "./customer-draft";
import { pickProduct } from "./lead-plan";
import { researchTouchpoint } from "./lead-touchpoints";
import { BROWSED, PLACES } from "./phrases-journey";
import { AFTER_TEXT } from "./phrases-orders";
import { DAY } from "./time";

// Touchpoints that belong to no lead or order: browsing, newsletters, store
// visits, campaign pages before anyone asks; My page and member offers after.

export function addAmbientTouchpoints(d: CustomerDraft, count: number): void {
  const { rng, ctx } = d;
  const firstDelivery = d.deliveries.length ? Math.min(...d.deliveries.map((x) => x.at)) : null;
  const locale = d.person.locale;
  for (let i = 0; i < count; i++) {
    if (firstDelivery !== null && firstDelivery < ctx.now - DAY && rng.chance(0.45)) {
      const at = rng.between(firstDelivery, ctx.now);
      const what = rng.weighted([
        ["myPage", 55],
        ["newsletter", 35],
        ["social", 10],
      ] as const);
      const channel = what === "myPage" ? (rng.chance(0.6) ? "MOBILE" : "WEB") : what === "social" ? "SOCIAL" : "EMAIL";
      addTouchpoint(d, {
        at,
        channel,
        direction: "INBOUND",
        phase: "AFTER",
        owner: what === "social" ? "SOCIAL" : "BRAND",
        kind: what === "myPage" ? "PAGE_VIEW" : what === "social" ? "SOCIAL_MENTION" : "NEWSLETTER_CLICK",
        stage: what === "social" ? "LOYALTY" : "USE",
        summary:
          what === "myPage"
            ? text(d, AFTER_TEXT.myPage)
            : what === "social"
              ? text(d, AFTER_TEXT.sharedPhoto, { short: pickProduct(d).short[locale] })
              : text(d, AFTER_TEXT.newsletter),
      });
      continue;
    }
    const at = rng.between(ctx.historyStart, ctx.now);
    const campaign = activeTeamCampaign(ctx.campaigns, at, d.team);
    const product = pickProduct(d, campaign && rng.chance(0.7) ? rng.pick(campaign.categories) : undefined);
    const vars = { short: product.short[locale], place: PLACES[d.team][locale] };
    const kind = rng.weighted([
      ["research", 70],
      ["social", 10],
      ["store", 10],
      ["campaign", campaign ? 25 : 0],
      ["event", campaign?.channel === "EVENT" ? 20 : 0],
    ] as const);
    if (kind === "research") {
      researchTouchpoint(d, null, at, vars, campaign);
    } else if (kind === "campaign" || kind === "event") {
      const event = kind === "event";
      addTouchpoint(d, {
        at,
        channel: event ? "EVENT" : "CAMPAIGN",
        direction: "INBOUND",
        phase: "BEFORE",
        owner: "BRAND",
        kind: event ? "EVENT_VISIT" : "PAGE_VIEW",
        stage: "NEED",
        campaignId: campaign!.id,
        summary: event
          ? text(d, BROWSED.EVENT_VISIT, { event: campaign!.name })
          : text(d, BROWSED.CAMPAIGN_PAGE, { campaign: campaign!.name }),
      });
    } else {
      const social = kind === "social";
      addTouchpoint(d, {
        at,
        channel: social ? "SOCIAL" : "STORE",
        direction: "INBOUND",
        phase: "BEFORE",
        owner: social ? "SOCIAL" : "BRAND",
        kind: social ? "SOCIAL_MENTION" : "STORE_VISIT",
        stage: "NEED",
        summary: text(d, social ? BROWSED.SOCIAL_MENTION : BROWSED.STORE_VISIT, vars),
      });
    }
  }
}
