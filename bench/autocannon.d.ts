// autocannon ships no types: the little of its API and result that the benchmarks use.
declare module 'autocannon' {
  export interface Result {
    requests: { total: number; average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export default function autocannon(options: Record<string, unknown>): Promise<Result>;
}
