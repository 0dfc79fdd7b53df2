import http from "node:http";
import http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTlsFront, type TlsFront } from "./tls-front";

// The front Lighthouse audits through: HTTPS and HTTP/2 to the browser, the server's own answer
// behind it, and the headers the README's nginx block sets.

let backend: http.Server;
let front: TlsFront;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  backend = http.createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(req.url === "/missing" ? 404 : 200, {
      "content-type": "text/html; charset=utf-8",
      connection: "keep-alive",
    });
    res.end(`<p>${req.method} ${req.url}</p>`);
  });
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  front = await startTlsFront((backend.address() as AddressInfo).port);
});

afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => backend.close(() => resolve()));
});

function get(path: string, cookie: string): Promise<{ status: number; body: string }> {
  const session = http2.connect(front.origin, { rejectUnauthorized: false });
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      session.destroy();
      reject(error);
    };
    session.on("error", fail);
    const stream = session.request({ ":path": path, cookie });
    let status = 0;
    let body = "";
    stream.on("response", (headers) => (status = Number(headers[":status"])));
    stream.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    stream.on("end", () => {
      session.close();
      resolve({ status, body });
    });
    stream.on("error", fail);
  });
}

describe("the TLS + HTTP/2 front", () => {
  it("serves the server's pages over HTTP/2 with their status, and passes the session's cookie", async () => {
    expect(front.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await get("/leads?view=mine", "session=abc")).toEqual({ status: 200, body: "<p>GET /leads?view=mine</p>" });
    expect(await get("/missing", "session=abc")).toEqual({ status: 404, body: "<p>GET /missing</p>" });
    expect(seen[0]).toMatchObject({
      cookie: "session=abc",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "127.0.0.1",
    });
  });
});
