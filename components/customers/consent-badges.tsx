import { getTranslations } from "next-intl/server";
import { CONSENT_PURPOSES } from "@/lib/validation/consent";
import type { ConsentState } from "@/server/customers/record-queries";
import { Badge } from "@/components/ui/badge";
import { CheckCircleIcon, XIcon } from "@/components/ui/icons";

/**
 * One tag per purpose; the text says given / withdrawn / not asked, the icon repeats it. Stacked, and
 * each tag wraps rather than cuts: in nb and da a tag ("Markedsføring på e-post: ikke spurt") is wider
 * than the header's column, and cutting it would hide the state at its end.
 */
export async function ConsentBadges({ consents }: { consents: ConsentState[] }) {
  const t = await getTranslations("consent");
  return (
    <ul className="flex flex-col items-start gap-1.5" data-testid="consent-badges">
      {CONSENT_PURPOSES.map((purpose) => {
        const consent = consents.find((c) => c.purpose === purpose);
        const state = !consent ? "unknown" : consent.granted ? "granted" : "withdrawn";
        return (
          <li key={purpose} className="max-w-full">
            <Badge
              tone={state === "granted" ? "answered" : "neutral"}
              icon={state === "granted" ? <CheckCircleIcon /> : state === "withdrawn" ? <XIcon /> : undefined}
              data-state={state}
              wrap
            >
              {t("badge", { purpose: t(`purposes.${purpose}`), state: t(`state.${state}`) })}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
