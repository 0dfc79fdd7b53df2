import fs from "node:fs";
import path from "node:path";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as icons from "./icons";
import { JOURNEY_CHANNELS } from "@/lib/validation/journey-filters";
import { channelIcon } from "@/components/journey/timeline-icons";
import { ROW_ICON_NAMES, rowIcon, type RowIconName } from "./row-icon";

// The row icons are drawn by app/globals.css from SVG written into the stylesheet; these are the
// icons they stand for. A changed icon in icons.tsx must change its row icon too.
const SAME_AS: Record<RowIconName, { paths: unknown }> = {
  alert: icons.AlertTriangleIcon,
  clock: icons.ClockIcon,
  check: icons.CheckCircleIcon,
  web: icons.GlobeIcon,
  mobile: icons.SmartphoneIcon,
  chat: icons.ChatIcon,
  phone: icons.PhoneIcon,
  email: icons.MailIcon,
  sms: icons.SmsIcon,
  store: icons.StoreIcon,
  event: icons.CalendarIcon,
  social: icons.AtSignIcon,
  review: icons.StarIcon,
  partner: icons.HandshakeIcon,
  campaign: icons.MegaphoneIcon,
  inbound: icons.InboundIcon,
  outbound: icons.OutboundIcon,
};

const css = fs.readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");

/** The SVG a row icon's class draws, as markup. */
function drawn(name: RowIconName): string | undefined {
  const rule = new RegExp(`\\.${rowIcon(name)} \\{\\s*--row-icon: url\\("data:image/svg\\+xml,([^"]+)"\\);`);
  const uri = rule.exec(css)?.[1];
  return uri === undefined ? undefined : decodeURIComponent(uri);
}

/** Markup with double quotes and explicit end tags, as React writes it. */
const canonical = (svg: string) => svg.replaceAll("'", '"').replace(/<(\w+)([^<>]*?)\/>/g, "<$1$2></$1>");

describe("row icons", () => {
  it.each(ROW_ICON_NAMES)("%s draws the shapes of its icon in icons.tsx", (name) => {
    const svg = drawn(name);
    expect(svg, `app/globals.css has no .${rowIcon(name)} rule with a --row-icon`).toBeDefined();
    const inner = canonical(svg!)
      .replace(/^<svg [^>]*>/, "")
      .replace(/<\/svg>$/, "");
    const shapes = renderToStaticMarkup(createElement(Fragment, null, SAME_AS[name].paths as never));
    expect(inner).toBe(shapes);
  });

  it("draw every channel a timeline entry can have", () => {
    for (const channel of JOURNEY_CHANNELS)
      expect(ROW_ICON_NAMES).toContain(channelIcon(channel).slice("icon-".length));
  });

  it("are stroked like the other icons: 24-unit grid, 2-unit round strokes, no fill", () => {
    for (const name of ROW_ICON_NAMES) {
      expect(drawn(name)).toMatch(
        /^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>/,
      );
    }
  });
});
