import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { linkSigner, readLink } from "./digest-links.js";

const key = randomBytes(32);

describe("digest links", () => {
  it("a link signed for its recipient reads back as its action; another recipient or key makes it invalid", () => {
    const token = linkSigner(key)("user:42")({ action: "put-aside", callId: 7 });
    expect(readLink(key, token)).toEqual({ action: "put-aside", recipient: "user:42", callId: 7 });
    expect(readLink(randomBytes(32), token)).toBeUndefined();

    const [, signature] = token.split(".");
    const forged = `${Buffer.from("put-aside user:43 7").toString("base64url")}.${signature}`;
    expect(readLink(key, forged)).toBeUndefined();
  });

  it("every link of every recipient reads back as its action, whatever the length of its recipient's key and call id", () => {
    const sign = linkSigner(key);
    for (const recipient of ["user:1", "user:42", "user:123", "user:99999", "subscription:7", "subscription:1000"]) {
      const signFor = sign(recipient);
      for (const callId of [1, 12, 345, 6789, 123456]) {
        for (const action of ["follow", "put-aside"] as const) {
          expect(readLink(key, signFor({ action, callId }))).toEqual({ action, recipient, callId });
        }
      }
      expect(readLink(key, signFor({ action: "stop", target: { kind: "search", id: 5 } }))).toEqual({
        action: "stop",
        recipient,
        target: { kind: "search", id: 5 },
      });
    }
  });

  it("a link from an older mail, signed on its own, still works", () => {
    const payload = Buffer.from("stop user:42 theme 3").toString("base64url");
    const old = `${payload}.${createHmac("sha256", key).update(payload).digest("base64url").slice(0, 32)}`;
    expect(readLink(key, old)).toEqual({
      action: "stop",
      recipient: "user:42",
      target: { kind: "follow", type: "theme", id: 3 },
    });
    expect(readLink(key, `${Buffer.from("stop user:42 theme 4").toString("base64url")}.${old.split(".")[1]}`)).toBeUndefined();
  });
});
