// One Lighthouse audit: the pinned CLI (node_modules/lighthouse) in a process of its
// own, on Debian's Chromium when present, default mobile profile, with the signed-in
// session's cookie on every request. Returns the parsed result (LHR).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Launcher } from "chrome-launcher";
import type { Lhr } from "./summary";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function lighthouseArgs(url: string, outputPath: string, cookie: string, { trace = false } = {}): string[] {
  return [
    // The trace and devtools log beside the report (<name>-0.trace.json), to read what the page waited on.
    ...(trace ? ["--save-assets"] : []),
    url,
    "--output=json",
    `--output-path=${outputPath}`,
    "--only-categories=performance,accessibility",
    // --no-sandbox: containers and CI runners without user namespaces. The TLS front's certificate
    // is self-signed for this run (tls-front.ts), so Chromium accepts it on the loopback only.
    `--chrome-flags=${[
      "--headless=new",
      "--no-sandbox",
      disabledFeatures(),
      ...(url.startsWith("https://127.0.0.1:") ? ["--ignore-certificate-errors"] : []),
    ].join(" ")}`,
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    "--quiet",
  ];
}

/**
 * chrome-launcher's --disable-features list, given again (the later flag wins) without RenderDocument,
 * which Chromium has on by default and Lighthouse turns off. With it off, Debian's headless
 * Chromium 156 sometimes held a page's first frame until a whole second after navigation (observed
 * first paints at about 1.3 and 2.3 s for a page otherwise painted at 0.2 s), and Lighthouse's
 * simulation then counted every script into the largest paint: a quarter of the runs of each
 * page. On /leads, 0 of 26 runs with it on were late, against 4 of 28 with it off (/login: 0 of 12
 * against 1 of 10).
 */
export function disabledFeatures(): string {
  const flag = Launcher.defaultFlags().find((f) => f.startsWith("--disable-features="));
  const features = (flag?.slice("--disable-features=".length).split(",") ?? []).filter((f) => f !== "RenderDocument");
  return `--disable-features=${features.join(",")}`;
}

export function chromePath(): string | undefined {
  return process.env.CHROME_PATH ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

export function versions(root: string): { lighthouse: string; chromium: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8"));
  const chrome = chromePath();
  const chromium = chrome ? spawnSync(chrome, ["--version"], { encoding: "utf8" }).stdout.trim() : "auto-detected";
  return { lighthouse: pkg.version as string, chromium };
}

export async function runLighthouse(
  root: string,
  url: string,
  cookie: string,
  outputPath: string,
  options: { trace?: boolean } = {},
): Promise<Lhr> {
  const cli = path.join(root, "node_modules/lighthouse/cli/index.js");
  const chrome = chromePath();
  const child = spawn(process.execPath, [cli, ...lighthouseArgs(url, outputPath, cookie, options)], {
    cwd: root,
    env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`lighthouse exited with ${code} on ${url}`);
  return JSON.parse(fs.readFileSync(outputPath, "utf8")) as Lhr;
}
