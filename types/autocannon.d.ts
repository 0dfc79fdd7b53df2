// The part of autocannon's API that scripts/load.ts uses (the package ships no types).
declare module "autocannon" {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type RequestStep = RawRequest & {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest | false;
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string>,
    ) => void;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    requests?: RequestStep[];
    timeout?: number;
  };
  namespace autocannon {
    type Result = { requests: { total: number }; errors: number; timeouts: number; non2xx: number };
  }
  function autocannon(options: Options): Promise<autocannon.Result>;
  export default autocannon;
}
