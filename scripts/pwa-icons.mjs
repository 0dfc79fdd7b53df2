// node scripts/pwa-icons.mjs: the installable app's PNG icons in public/icons/, drawn from
// app/icon.svg (the favicon) by sharp, which Next already installs for its image optimiser. Run it
// when the icon changes and commit the PNGs: nothing is drawn or downloaded at build or run time.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(root, "app/icon.svg"));
const out = path.join(root, "public/icons");
fs.mkdirSync(out, { recursive: true });

for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toFile(path.join(out, `icon-${size}.png`));
}

// Maskable: the launcher cuts its own shape (circle, squircle) out of the middle 80 %, so the
// icon's colour has to reach every edge; the rounded corners of the favicon would show as notches.
const colour = /fill="(#[0-9a-f]{6})"/i.exec(svg.toString())?.[1] ?? "#2d55c8";
await sharp({ create: { width: 512, height: 512, channels: 4, background: colour } })
  .png()
  .toFile(path.join(out, "maskable-512.png"));
console.log(`Wrote ${fs.readdirSync(out).join(", ")} to public/icons/`);
