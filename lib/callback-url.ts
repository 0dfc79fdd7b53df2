// Where to send a user after signing in, from a `callbackUrl` someone else may
// have written (a link in an e-mail, a hand-made URL). Only a path on this site
// is accepted; anything else is null, and the caller sends the user to their
// home page. Browsers read "/\host", "/\t/host" and "//host" as another site,
// and a server or browser that decodes once more must not find a way out
// either, so every decoding of the path is checked too.

const MAX_LENGTH = 2048;
// C0 and C1 controls and the Unicode line breaks: never in a path we send.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const BASE = "http://reise.invalid";

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !CONTROL.test(path);
}

/**
 * The same-origin path to go to, or null. `origin` (e.g. "https://crm.example.com")
 * lets an absolute URL on this very site through, as next-auth passes them.
 */
export function safeCallbackPath(raw: unknown, origin?: string): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  let path = raw;
  if (!raw.startsWith("/")) {
    if (!origin || !URL.canParse(raw)) return null;
    const absolute = new URL(raw);
    if (absolute.origin !== origin || CONTROL.test(raw) || raw.includes("\\")) return null;
    path = absolute.pathname + absolute.search + absolute.hash;
  }
  for (let round = 0, current = path; ; round++) {
    if (!isPlainPath(current)) return null;
    const decoded = decodeOnce(current);
    if (decoded === null) return null;
    if (decoded === current) break;
    if (round === 3) return null; // still encoded after four decodings: no link of ours looks like that
    current = decoded;
  }
  const url = new URL(path, BASE);
  if (url.origin !== BASE) return null;
  return url.pathname + url.search + url.hash;
}

function decodeOnce(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
