// Identifiers derived from a seeded stream, so that ids are stable for a given seed and position.
import type { Rng } from "./rng.ts";

const HEX = "0123456789abcdef";

/** A version-4-shaped UUID drawn from `rng` (not from the system's entropy). */
export function uuidFrom(rng: Rng): string {
  let out = "";
  for (let i = 0; i < 32; i++) {
    let nibble = Math.floor(rng.next() * 16);
    if (i === 12) nibble = 4;
    else if (i === 16) nibble = 8 + (nibble & 3);
    out += HEX[nibble];
    if (i === 7 || i === 11 || i === 15 || i === 19) out += "-";
  }
  return out;
}

/** `user_001` style: zero-padded to at least three digits. */
export function userId(index: number): string {
  return `user_${String(index).padStart(3, "0")}`;
}

/** `user001@example.com` style, matching `userId`. */
export function userEmail(index: number): string {
  return `user${String(index).padStart(3, "0")}@example.com`;
}

/** A four-digit account mask. */
export function maskFrom(rng: Rng): string {
  return String(rng.int(0, 9999)).padStart(4, "0");
}
