// Identifiers derived from a seeded stream, so that ids are stable for a given seed and position.
import type { Rng } from "./rng.ts";

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Eight hex digits from one draw. */
function hex8(rng: Rng): string {
  const x = Math.floor(rng.next() * 0x1_0000_0000);
  return (
    (BYTE_HEX[(x >>> 24) & 255] as string) +
    (BYTE_HEX[(x >>> 16) & 255] as string) +
    (BYTE_HEX[(x >>> 8) & 255] as string) +
    (BYTE_HEX[x & 255] as string)
  );
}

/** A version-4-shaped UUID drawn from `rng` (not from the system's entropy). */
export function uuidFrom(rng: Rng): string {
  const a = hex8(rng);
  const b = hex8(rng);
  const c = hex8(rng);
  const d = hex8(rng);
  const variant = "89ab"[parseInt(c[0] as string, 16) & 3] as string;
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
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
