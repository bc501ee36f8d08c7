// The realism table for both profiles: builds seeds 1, 2, 3, 42 and 2024 at 100 users and seed 7 at
// 1,000 users in memory (the same customers an export writes), runs every quality family over them and
// prints one Markdown row per realism figure: reference, then for each profile the mean and range over
// the small seeds with how many were within target, and the large run. A last block lists the
// diagnostic checks that failed (none expected) and the detector's precision and recall.
//
//   npm run realism                      # all of the above (about a minute)
//   npm run realism -- --profiles us-2024 --seeds 1,2 --big-users 0
import { parseArgs } from "node:util";
import { PROFILE_NAMES, type ProfileName } from "../src/data/profile.ts";
import { REFERENCE_FIGURES } from "../src/data/references.ts";
import { forEachCustomer } from "../src/dataset/build-dataset.ts";
import { type Check, QualityAccumulator } from "../src/quality/checks.ts";
import type { RealismFigure } from "../src/quality/families/realism.ts";

const USAGE = `usage: npm run realism -- [--profiles default,us-2024] [--seeds 1,2,3,42,2024] [--users 100] [--big-seed 7] [--big-users 1000]
Prints the realism figures of each profile as a Markdown table (--big-users 0 skips the large run).`;

interface Run {
  figures: RealismFigure[];
  failed: Check[];
  notApplicable: string[];
}

function run(profile: ProfileName, seed: number, users: number): Run {
  const context = { requestedUsers: users, startDate: "2025-05-01", endDate: "2025-10-31", profile };
  const q = new QualityAccumulator(context);
  forEachCustomer({ users, seed, profile, startDate: context.startDate, endDate: context.endDate }, (c) => q.add(c));
  const none = { loadProblems: null, databaseBytes: null, generationSeconds: null, reproducible: null };
  const checks = q.checks(none);
  return {
    figures: q.charts().realism,
    failed: checks.filter((c) => c.status === "fail"),
    notApplicable: checks.filter((c) => c.status === "not_applicable").map((c) => c.id),
  };
}

function format(value: number | null, unit: string): string {
  if (value === null) return "-";
  if (unit === "share") return `${(value * 100).toFixed(1)}%`;
  if (unit === "usd") return `$${value.toFixed(0)}`;
  if (unit === "count") return String(Math.round(value));
  return value.toFixed(2);
}

function summarize(runs: Run[], index: number, unit: string): string {
  const figs = runs.map((r) => r.figures[index] as RealismFigure);
  const values = figs.map((f) => f.value).filter((v): v is number => v !== null);
  const within = figs.filter((f) => f.verdict === "within target").length;
  if (values.length === 0) return "-";
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const range = values.length > 1 ? ` (${format(Math.min(...values), unit)}–${format(Math.max(...values), unit)})` : "";
  return `${format(mean, unit)}${range}, ${within}/${figs.length} within`;
}

function main(): number {
  let flags;
  try {
    flags = parseArgs({
      options: {
        profiles: { type: "string", default: PROFILE_NAMES.join(",") },
        seeds: { type: "string", default: "1,2,3,42,2024" },
        users: { type: "string", default: "100" },
        "big-seed": { type: "string", default: "7" },
        "big-users": { type: "string", default: "1000" },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const profiles = flags.profiles.split(",") as ProfileName[];
  const bad = profiles.find((p) => !PROFILE_NAMES.includes(p));
  const seeds = flags.seeds.split(",").map(Number);
  const users = Number(flags.users);
  const bigSeed = Number(flags["big-seed"]);
  const bigUsers = Number(flags["big-users"]);
  if (bad !== undefined || seeds.some((s) => !Number.isInteger(s)) || !(users >= 1) || !(bigUsers >= 0)) {
    process.stderr.write(
      `${bad !== undefined ? `unknown profile "${bad}" (expected ${PROFILE_NAMES.join(", ")})` : "--seeds, --users and --big-users take integers"}\n${USAGE}\n`,
    );
    return 2;
  }

  const small = new Map<ProfileName, Run[]>();
  const big = new Map<ProfileName, Run | null>();
  for (const profile of profiles) {
    small.set(
      profile,
      seeds.map((seed) => {
        process.stderr.write(`${profile}: seed ${seed}, ${users} users\n`);
        return run(profile, seed, users);
      }),
    );
    if (bigUsers > 0) process.stderr.write(`${profile}: seed ${bigSeed}, ${bigUsers} users\n`);
    big.set(profile, bigUsers > 0 ? run(profile, bigSeed, bigUsers) : null);
  }

  const head = profiles.flatMap((p) => [
    `${p}: seeds ${seeds.join(", ")} at ${users} users (mean (range), within target)`,
    ...(bigUsers > 0 ? [`${p}: seed ${bigSeed} at ${bigUsers} users`] : []),
  ]);
  const lines = [`| Figure | Reference | ${head.join(" | ")} |`, `|---|---|${head.map(() => "---").join("|")}|`];
  REFERENCE_FIGURES.forEach((f, i) => {
    const cells = profiles.flatMap((p) => {
      const b = big.get(p);
      const target = (f.targets[p] ?? f.targets.default).text;
      const one = b ? (b.figures[i] as RealismFigure) : null;
      return [
        `${summarize(small.get(p) as Run[], i, f.unit)} (target ${target})`,
        ...(one ? [`${format(one.value, f.unit)}${one.verdict === "within target" ? " ✓" : ""}`] : []),
      ];
    });
    lines.push(`| ${f.id} ${f.figure} | ${f.reference} ${f.source.split(" ")[0]} | ${cells.join(" | ")} |`);
  });
  lines.push("");
  for (const p of profiles) {
    const all = [...(small.get(p) as Run[]), ...(big.get(p) ? [big.get(p) as Run] : [])];
    const failed = all.flatMap((r) => r.failed.map((c) => `${c.id} (${c.measured})`));
    const na = [...new Set(all.flatMap((r) => r.notApplicable))];
    lines.push(
      `- ${p}: diagnostic checks failed in ${all.filter((r) => r.failed.length > 0).length} of ${all.length} runs${failed.length ? `: ${failed.slice(0, 5).join("; ")}` : ""}; not applicable: ${na.join(", ") || "none"}.`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

process.exitCode = main();
