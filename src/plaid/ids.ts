// Opaque ids shaped like Plaid's, derived from a key by hashing, so they are stable for a dataset.
import { createHash } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `length` alphanumeric characters derived from `key` (at most 64). */
export function opaqueId(key: string, length = 37): string {
  const bytes = createHash("sha512").update(key).digest();
  return Array.from(bytes.subarray(0, length), (b) => ALPHABET[b % 62]).join("");
}

/** A UUID-shaped string derived from `key`. */
export function uuidOf(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[parseInt(h[16] as string, 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
