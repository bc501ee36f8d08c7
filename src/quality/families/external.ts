// Measurements taken outside the pure core: AC-7 (loads into SQLite), AC-8 (database size), AC-9
// (generation time) and AC-10 (a second run is byte-identical). AC-8 and AC-9 are scaled by the
// users checked, which this family counts.
import { type CheckEnv, Family, type Measurement } from "../family.ts";

const MB = 1_048_576;

export class ExternalFamily extends Family<ExternalFamily> {
  private users = 0;

  add(): void {
    this.users++;
  }

  merge(other: ExternalFamily): void {
    this.users += other.users;
  }

  measure({ external: x }: CheckEnv): Measurement[] {
    const users = this.users;
    const skipped = (id: string) => ({ id, skipped: x.skipped?.[id] ?? "no measurement", users });
    const load = x.loadProblems;
    const note = x.sampleNote ? ` (${x.sampleNote})` : "";
    const loaded = x.loadedUsers ?? users;
    return [
      load === null
        ? skipped("AC-7")
        : {
            id: "AC-7",
            measured:
              (load.length === 0
                ? "loaded with 0 errors"
                : `${load.length} errors, e.g. ${load.slice(0, 3).join("; ")}`) + note,
            value: load.length,
          },
      x.databaseBytes === null
        ? skipped("AC-8")
        : {
            id: "AC-8",
            measured: `${(x.databaseBytes / MB).toFixed(2)} MB (${perUser(x.databaseBytes / MB, loaded, 3)} MB per user)${note}`,
            value: x.databaseBytes / MB,
            users: loaded,
          },
      x.generationSeconds === null
        ? skipped("AC-9")
        : {
            id: "AC-9",
            measured: `${x.generationSeconds.toFixed(2)} s (${perUser(x.generationSeconds, users, 4)} s per user)`,
            value: x.generationSeconds,
            users,
          },
      x.reproducible === null
        ? skipped("AC-10")
        : { id: "AC-10", measured: x.reproducible.detail, value: x.reproducible.identical ? 0 : 1 },
    ];
  }
}

function perUser(total: number, users: number, digits: number): string {
  return users === 0 ? "-" : (total / users).toFixed(digits);
}
