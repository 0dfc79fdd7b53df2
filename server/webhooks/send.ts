import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { classifyAddress, webhookUrlProblem } from "./url-rule";

// One POST to a receiver. node:http(s) rather than fetch: the address check has to sit in the
// connection's own DNS lookup, so the address that is checked is the one connected to (a name
// cannot resolve to a public address for the check and a private one for the request). fetch
// offers that only through undici's dispatcher, which is not a dependency here. Redirects are not
// followed (a 3xx is a failed delivery: a redirect could lead inside), the whole exchange has 10 s,
// and the answer's body is read only up to a few kB and thrown away.

export const SEND_TIMEOUT_MS = 10_000;
const BODY_READ_MAX = 4096;

export type SendOutcome =
  | { ok: true; status: number; ms: number }
  | { ok: false; status: number | null; ms: number; error: string; permanent: boolean };

export class RefusedAddressError extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => {
        const verdict = classifyAddress(a.address);
        return verdict === "private" || (verdict === "loopback" && !allowLoopback);
      });
      if (refused || list.length === 0)
        return callback(new RefusedAddressError(`${hostname} resolves to a private address`), "");
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

export async function postWebhook(input: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowLoopback: boolean;
}): Promise<SendOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const problem = webhookUrlProblem(input.url, input.allowLoopback);
  if (problem) return { ok: false, status: null, ms: 0, error: `URL refused (${problem})`, permanent: true };
  const url = new URL(input.url);
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(input.body)),
          "user-agent": "Reise-Webhooks/1",
          ...input.headers,
        },
        lookup: guardedLookup(input.allowLoopback) as unknown as typeof dns.lookup,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        const done = () => {
          const took = ms();
          if (status >= 200 && status < 300) resolve({ ok: true, status, ms: took });
          else
            resolve({
              ok: false,
              status,
              ms: took,
              error: status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`,
              permanent: false,
            });
        };
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > BODY_READ_MAX) {
            response.destroy();
            done();
          }
        });
        response.on("end", done);
        response.on("error", done);
      },
    );
    request.on("error", (error) => {
      const refused = error instanceof RefusedAddressError;
      const message =
        error.name === "AbortError" || error.name === "TimeoutError" ? "timed out after 10 s" : error.message;
      resolve({ ok: false, status: null, ms: ms(), error: message, permanent: refused });
    });
    request.end(input.body);
  });
}
