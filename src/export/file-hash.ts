// The SHA-256 of a file read in fixed chunks: a file of any size (a million users' Parquet part runs to
// gigabytes, past what one Buffer can hold) hashed in bounded memory.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";

const CHUNK_BYTES = 1 << 20;

/** The file's SHA-256 (hex) and size in bytes. */
export function hashFile(path: string): { sha256: string; bytes: number } {
  const hash = createHash("sha256");
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, "r");
  let bytes = 0;
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest("hex"), bytes };
}
