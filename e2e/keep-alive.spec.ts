import http from "node:http";
import { expect, test } from "@playwright/test";

// A load balancer (nginx, a cloud one) keeps its idle connections to Reise open and sends the next
// request over one of them. Node closes an idle connection after 5 s, so a request sent just as it
// does is reset: the proxy answers 502, an API client sees ECONNRESET (a POST in this suite did,
// after 5 s of page work). Reise keeps idle connections longer than a proxy does (60 s for nginx
// and the common cloud ones), as Next's docs advise ("Configuring a timeout for downstream proxies").

test("an idle connection stays open for the next request, as a load balancer reuses it", async ({ baseURL }) => {
  test.setTimeout(30_000);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
      const req = http.get(new URL("/api/health", baseURL), { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
      });
      req.on("error", reject);
    });
  try {
    expect((await get()).status).toBe(200);
    // Longer than Node's own 5 s.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const second = await get();
    expect(second.status).toBe(200);
    expect(second.reused, "the second request went over the first one's connection").toBe(true);
  } finally {
    agent.destroy();
  }
});
