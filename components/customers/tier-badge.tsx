import { getTranslations } from "next-intl/server";
import type { LoyaltyTierName } from "@/lib/loyalty";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { StarIcon } from "@/components/ui/icons";

const TONE: Record<LoyaltyTierName, BadgeTone> = {
  BASIC: "neutral",
  SILVER: "neutral",
  GOLD: "warm",
  PLATINUM: "accent",
};

/** The loyalty tier as a tag: the word carries it, the star and colour only repeat it. */
export async function TierBadge({ tier }: { tier: LoyaltyTierName }) {
  const t = await getTranslations("loyalty");
  return (
    <Badge tone={TONE[tier]} icon={<StarIcon />} data-testid="loyalty-tier">
      {t(`tiers.${tier}`)}
    </Badge>
  );
}
