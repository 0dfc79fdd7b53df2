// The load balancer of `npm run load -- --instances 2`: Debian's nginx on 127.0.0.1, in front of the
// app instances, with a config of its own in the run's folder (no system nginx is touched). GETs
// that fail on a dead instance are retried on the other (proxy_next_upstream); a POST is never
// retried, since nginx cannot know whether the dead instance wrote it: the client sees the error,
// and the run counts it as not acknowledged. That is the promise under test: no acknowledged write
// is lost, none is written twice.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  const p = (name: string) => path.join(dir, name);
  return `# Written by scripts/lib/nginx-balancer.ts for one load run; safe to delete.
${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${p("nginx.pid")};
error_log ${p("nginx-error.log")} warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${p("nginx-body")};
  proxy_temp_path ${p("nginx-proxy")};
  fastcgi_temp_path ${p("nginx-fastcgi")};
  uwsgi_temp_path ${p("nginx-uwsgi")};
  scgi_temp_path ${p("nginx-scgi")};
  client_max_body_size 2m;
  upstream reise {
${upstreams.map((u) => `    server 127.0.0.1:${u} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://reise;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Streaming pages and live updates must not wait for the whole response.
      proxy_buffering off;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

export async function startNginx(dir: string, port: number, upstreams: number[]) {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed: apt-get install nginx-light (Debian's package)");
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(dir, port, upstreams));
  const child: ChildProcess = spawn(binary, ["-c", conf, "-p", dir], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once; see ${path.join(dir, "nginx-error.log")}`);
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    async stop() {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
