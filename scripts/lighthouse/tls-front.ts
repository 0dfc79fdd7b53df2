// What a phone talks to in production: the README's reverse proxy, terminating TLS and speaking
// HTTP/2 to the browser, in front of the production server (HTTP/1.1 on loopback). Lighthouse's
// mobile profile simulates a slow network from the requests it saw, and over HTTP/1.1 it counts a
// new connection (handshake, slow start) for each of the six a browser opens at once; over HTTP/2
// every request shares one, as it does for a rep behind nginx. The certificate is self-signed for
// 127.0.0.1, made by openssl for this run; Chromium is told to accept it.
//
// http2-proxy does the forwarding (hop-by-hop headers, HTTP/2 pseudo-headers, aborts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type http from "node:http";
import http2 from "node:http2";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import proxy from "http2-proxy";

export type TlsFront = { origin: string; close: () => Promise<void> };

export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-tls-"));
  try {
    const made = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr || made.error}`);
    return { key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An HTTPS + HTTP/2 front on 127.0.0.1 (a free port) that forwards every request to `port`. */
export async function startTlsFront(port: number): Promise<TlsFront> {
  const server = http2.createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true });
  // Closing waits for open HTTP/2 sessions; a browser left running must not hold the run open.
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on("session", (session) => {
    sessions.add(session);
    session.once("close", () => sessions.delete(session));
  });
  server.on("request", (req, res) => {
    proxy.web(
      req,
      res,
      {
        hostname: "127.0.0.1",
        port,
        // As the README's nginx block sets them; the request itself is http2-proxy's (nothing returned).
        onReq: async (_req, options) => {
          options.headers = {
            ...(options.headers as http.OutgoingHttpHeaders),
            "x-forwarded-proto": "https",
            "x-forwarded-for": req.socket.remoteAddress ?? "127.0.0.1",
          };
        },
      },
      (error) => {
        if (!error) return;
        if (!res.headersSent) res.writeHead(502);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
}
