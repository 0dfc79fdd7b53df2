import http from "node:http";
import type { AddressInfo } from "node:net";

// GatewayAPI's send endpoint on 127.0.0.1 for tests: POST /rest/mtsms with `Authorization: Token …`
// and a JSON body, answered as GatewayAPI does ({ ids: [n] }, or an error with a message). Point the
// app at it with SMS_GATEWAYAPI_URL = fake.url and SMS_GATEWAYAPI_TOKEN = fake.token.

export type MtSmsRequest = {
  sender?: string;
  message: string;
  recipients: { msisdn: number }[];
  userref?: string;
  [field: string]: unknown;
};
export type ReceivedSms = { authorization: string | undefined; body: MtSmsRequest; id: number };

export type FakeGatewayApi = {
  /** The full send URL, for SMS_GATEWAYAPI_URL. */
  url: string;
  origin: string;
  token: string;
  /** Every accepted send, in order, with the id it was given. */
  received: ReceivedSms[];
  /** Answer the next sends with this status and message instead (e.g. 422 for an invalid number). */
  failNext(status: number, message: string, times?: number): void;
  close(): Promise<void>;
};

export async function startFakeGatewayApi(
  options: { token?: string; firstId?: number; /** 0 (default): any free port. */ port?: number } = {},
): Promise<FakeGatewayApi> {
  const token = options.token ?? "fake-gatewayapi-token";
  const received: ReceivedSms[] = [];
  const failures: { status: number; message: string }[] = [];
  let nextId = options.firstId ?? 1_000_001;
  const answer = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url?.split("?")[0] !== "/rest/mtsms")
        return answer(res, 404, { message: "Not found" });
      if (req.headers.authorization !== `Token ${token}`)
        return answer(res, 401, { code: "0x0401", message: "Unauthorized: wrong or missing token" });
      let body: MtSmsRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as MtSmsRequest;
      } catch {
        return answer(res, 400, { code: "0x0400", message: "Invalid JSON" });
      }
      if (typeof body?.message !== "string" || !Array.isArray(body.recipients) || body.recipients.length === 0)
        return answer(res, 422, { code: "0x0422", message: "message and recipients are required" });
      const failure = failures.shift();
      if (failure) return answer(res, failure.status, { message: failure.message });
      const id = nextId++;
      received.push({ authorization: req.headers.authorization, body, id });
      answer(res, 200, { ids: [id], usage: { total_cost: 0.0, currency: "EUR" } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/rest/mtsms`,
    origin,
    token,
    received,
    failNext(status, message, times = 1) {
      for (let i = 0; i < times; i++) failures.push({ status, message });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
