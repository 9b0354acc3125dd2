import { describe, expect, it } from "vitest";
import { brusselsInstant } from "../../platform/time/brussels.js";
import { callStatus } from "./call-status.js";

const at = (iso: string) => new Date(iso);
const call = (opensOn: string | null, deadline: string | null, isRolling = false) => ({
  opensOn,
  closesAt: deadline,
  isRolling: isRolling ? 1 : 0,
});

describe("call status", () => {
  it("is forthcoming before the opening date in Brussels, open from its first minute", () => {
    const c = call("2026-03-01", brusselsInstant("2026-04-01"));
    // 28 Feb 23:30 UTC is already 1 March 00:30 in Brussels (winter time, UTC+1).
    expect(callStatus(c, at("2026-02-28T22:59:00Z"))).toBe("forthcoming");
    expect(callStatus(c, at("2026-02-28T23:00:00Z"))).toBe("open");
  });

  it("keeps a date-only deadline open until the end of that Brussels day", () => {
    const c = call(null, brusselsInstant("2025-09-12"));
    // Summer time: the day ends at 21:59:59.999 UTC.
    expect(callStatus(c, at("2025-09-12T21:59:59.000Z"))).toBe("open");
    expect(callStatus(c, at("2025-09-12T22:00:00.000Z"))).toBe("closed");
  });

  it("closes a timed deadline at the Brussels wall-clock time across both DST changes", () => {
    // Last Sunday of March 2027: clocks go forward. 17:00 Brussels is 15:00 UTC after, 16:00 UTC before.
    expect(brusselsInstant("2027-03-26", "17:00")).toBe("2027-03-26T16:00:00.000Z");
    expect(brusselsInstant("2027-03-29", "17:00")).toBe("2027-03-29T15:00:00.000Z");
    // Last Sunday of October 2026: clocks go back.
    expect(brusselsInstant("2026-10-24", "17:00")).toBe("2026-10-24T15:00:00.000Z");
    expect(brusselsInstant("2026-10-26", "17:00")).toBe("2026-10-26T16:00:00.000Z");
    const c = call(null, brusselsInstant("2027-03-29", "17:00"));
    expect(callStatus(c, at("2027-03-29T14:59:59Z"))).toBe("open");
    expect(callStatus(c, at("2027-03-29T15:00:01Z"))).toBe("closed");
  });

  it("keeps rolling calls open, even past an old deadline", () => {
    expect(callStatus(call("2020-01-01", brusselsInstant("2021-01-01"), true), at("2026-11-23T10:00:00Z"))).toBe("open");
  });

  it("treats an unknown deadline as unknown: open, not closed today", () => {
    expect(callStatus(call(null, null), at("2026-11-23T10:00:00Z"))).toBe("open");
    expect(callStatus(call("2027-01-10", null), at("2026-11-23T10:00:00Z"))).toBe("forthcoming");
  });
});
