import { describe, expect, it } from "vitest";
import {
  backoffSeconds,
  claimedUntil,
  CLAIM_SECONDS,
  MAX_BACKOFF_SECONDS,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  retryAfterSeconds,
} from "./schedule.js";

const t0 = new Date("2026-03-01T08:00:00Z");
const minutes = (n: number): number => n * 60;

describe("the feed schedule", () => {
  it("polls a working feed again one interval later", () => {
    expect(nextPollAfterSuccess(t0, minutes(15))).toEqual(new Date("2026-03-01T08:15:00Z"));
  });

  it("doubles the wait after each failure in a row, up to the cap", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((f) => backoffSeconds(f, minutes(15)));
    expect(waits.map((s) => s / 60)).toEqual([30, 60, 120, 240, 360, 360, 360, 360]);
    expect(MAX_BACKOFF_SECONDS).toBe(minutes(360));
    expect(nextPollAfterFailure(t0, 3, minutes(15))).toEqual(new Date("2026-03-01T10:00:00Z"));
  });

  it("never backs off below the interval, nor to infinity after many failures", () => {
    expect(backoffSeconds(1, minutes(24 * 60))).toBe(minutes(24 * 60));
    expect(backoffSeconds(10_000, 60)).toBe(MAX_BACKOFF_SECONDS);
  });

  it("waits as long as the server asks when that is longer", () => {
    expect(backoffSeconds(1, minutes(15), minutes(90))).toBe(minutes(90));
    expect(backoffSeconds(1, minutes(15), 5)).toBe(minutes(30));
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterSeconds("120", t0)).toBe(120);
    expect(retryAfterSeconds("Sun, 01 Mar 2026 09:30:00 GMT", t0)).toBe(minutes(90));
    expect(retryAfterSeconds("Sun, 01 Mar 2026 07:00:00 GMT", t0)).toBe(0);
    expect(retryAfterSeconds("soon", t0)).toBeNull();
    expect(retryAfterSeconds(null, t0)).toBeNull();
  });

  it("holds a claimed feed for the claim's length", () => {
    expect(claimedUntil(t0).getTime() - t0.getTime()).toBe(CLAIM_SECONDS * 1000);
  });
});
