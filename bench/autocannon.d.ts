// The part of autocannon's API the load bench uses (the package ships no types).
declare module "autocannon" {
  type Histogram = {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
    readonly total: number;
  };
  export type Result = {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly non2xx: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly duration: number;
  };
  export type Options = {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    readonly headers?: Record<string, string>;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
