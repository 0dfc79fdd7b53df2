import "server-only";
import net from "node:net";

// Where a webhook may be sent (SSRF): only to the public internet, over https. A manager's URL must
// not reach the database, the metadata service of the cloud it runs in, or anything else on the
// private network behind Reise. Plain http and loopback (127.0.0.1, ::1, localhost) are allowed only
// when the install says so (REISE_WEBHOOKS_ALLOW_LOOPBACK=1: tests and a developer's own receiver).
// The rule is checked twice: on the URL when it is saved, and on every address the host name
// resolves to when a delivery connects (server/webhooks/send.ts), so a name that later points
// inside is refused too.

const privateV4 = new net.BlockList();
for (const [net4, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  privateV4.addSubnet(net4, prefix, "ipv4");
const privateV6 = new net.BlockList();
for (const [net6, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["2001:db8::", 32],
] as const)
  privateV6.addSubnet(net6, prefix, "ipv6");

export type AddressVerdict = "public" | "loopback" | "private";

/** What kind of address an IP literal is; an IPv4-mapped IPv6 address is read as its IPv4. */
export function classifyAddress(ip: string): AddressVerdict {
  const address = mappedV4(ip) ?? ip;
  const family = net.isIP(address);
  if (family === 4) {
    if (address.startsWith("127.")) return "loopback";
    return privateV4.check(address, "ipv4") ? "private" : "public";
  }
  if (family === 6) {
    if (address === "::1") return "loopback";
    return privateV6.check(address, "ipv6") ? "private" : "public";
  }
  return "private";
}

/** The IPv4 address inside an IPv4-mapped IPv6 one, in either spelling (::ffff:10.0.0.1, ::ffff:a00:1). */
function mappedV4(ip: string): string | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

export type UrlProblem = "invalid" | "scheme" | "credentials" | "private";

/** Why this URL may not receive webhooks, or null when it may (before its name is resolved). */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "scheme";
  if (url.username || url.password) return "credentials";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const loopbackName = host === "localhost" || host.endsWith(".localhost");
  const verdict = net.isIP(host) ? classifyAddress(host) : loopbackName ? "loopback" : "public";
  if (verdict === "private") return "private";
  if (verdict === "loopback") return allowLoopback ? null : "private";
  // A private name the resolver may answer for (intranet suffixes) is caught when it connects.
  return url.protocol === "https:" ? null : "scheme";
}

export function loopbackAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.REISE_WEBHOOKS_ALLOW_LOOPBACK === "1";
}
