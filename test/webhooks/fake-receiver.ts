import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

// A webhook receiver on 127.0.0.1 for tests, as an integrator would write one: it checks every
// request with the standardwebhooks library's own verifier and the endpoint's secret, and answers
// 204, or the status the test asks for. Point an endpoint at `fake.url` (the app must allow
// loopback: REISE_WEBHOOKS_ALLOW_LOOPBACK=1).

export type ReceivedWebhook = {
  headers: Record<string, string>;
  body: string;
  /** The verified payload, or null when verification failed (then `error` says why). */
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  error: string | null;
  status: number;
};

export type FakeReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** The secret to verify with (whsec_…); until set, nothing verifies. */
  setSecret(secret: string): void;
  /** Answer every request with this status from now on (default 204). */
  answerWith(status: number): void;
  close(): Promise<void>;
};

export async function startFakeReceiver(options: { port?: number; path?: string } = {}): Promise<FakeReceiver> {
  const received: ReceivedWebhook[] = [];
  let secret: string | null = null;
  let status = 204;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : (value ?? ""),
        ]),
      );
      let payload: ReceivedWebhook["payload"] = null;
      let error: string | null = null;
      try {
        if (!secret) throw new Error("no secret set");
        payload = new Webhook(secret).verify(body, headers) as ReceivedWebhook["payload"];
      } catch (e) {
        error = (e as Error).message;
      }
      received.push({ headers, body, payload, error, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.path ?? "/hooks/reise"}`,
    received,
    setSecret: (value) => void (secret = value),
    answerWith: (value) => void (status = value),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
