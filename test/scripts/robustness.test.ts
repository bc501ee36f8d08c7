// The commands under hostile usage (issue 13): paths that must not be replaced, bad --db and report
// paths, concurrent writers, and failures that must print one line, never a stack trace.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "spendsense-fixtures";
import { createPrismaClient, tableCounts } from "spendsense-fixtures/db";
import { runExport } from "../../scripts/export.ts";
import { runLoad } from "../../scripts/load.ts";
import { runQuality } from "../../scripts/quality.ts";
import { runSeed } from "../../scripts/seed.ts";
import { failureLine } from "../../src/cli/io.ts";
import { accountsTable } from "../../src/tables/tables.ts";
import { writeCsvDir } from "../helpers/csv-dir.ts";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";
import { capture } from "../helpers/capture.ts";

const root = mkdtempSync(join(tmpdir(), "spendsense-robust-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The first line of what a command printed on stderr (the reason; the usage follows after a blank line). */
const reason = (c: { err: string[] }) => (c.err.join("\n").split("\n")[0] ?? "").trim();

async function countsOf(file: string) {
  const prisma = createPrismaClient(`file:${file}`);
  try {
    return await tableCounts(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

const csvDir = writeCsvDir(buildDataset({ users: 3, seed: 9 }));

describe("export refuses output folders it must not replace (item 2)", () => {
  it.each([
    [".", /is the working directory or contains it/],
    ["..", /is the working directory or contains it/],
    [PROJECT_ROOT, /is the working directory or contains it/],
  ])("--output-dir %s --force --replace-non-export: exit 2, nothing touched", async (dir, message) => {
    const before = readdirSync(PROJECT_ROOT).sort();
    const c = capture();
    expect(
      await runExport(["--output-dir", dir, "--force", "--replace-non-export", "--num-users", "2"], c.io, {}),
    ).toBe(2);
    expect(reason(c)).toMatch(message);
    expect(readdirSync(PROJECT_ROOT).sort()).toEqual(before);
  });

  it("refuses a repository root even with --force --replace-non-export, and replaces an earlier export with --force", async () => {
    const repo = join(root, "repo");
    mkdirSync(join(repo, ".git"), { recursive: true });
    writeFileSync(join(repo, "README.md"), "mine");
    const c = capture();
    expect(
      await runExport(["--output-dir", repo, "--force", "--replace-non-export", "--num-users", "2"], c.io, {}),
    ).toBe(2);
    expect(reason(c)).toMatch(/is a repository or package root/);
    expect(readdirSync(repo).sort()).toEqual([".git", "README.md"]);

    const earlier = join(root, "earlier");
    await runExport(["--output-dir", earlier, "--num-users", "2"], capture().io, {});
    const again = capture();
    expect(await runExport(["--output-dir", earlier, "--num-users", "2", "--seed", "5"], again.io, {})).toBe(2);
    expect(reason(again)).toMatch(/is not empty \(an earlier export\); add --force/);
    expect(
      await runExport(["--output-dir", earlier, "--num-users", "2", "--seed", "5", "--force"], capture().io, {}),
    ).not.toBe(2);
    expect(JSON.parse(readFileSync(join(earlier, "metadata.json"), "utf8")).seed).toBe(5);
  });
});

describe("bad --db and report paths are usage errors, found before any work (item 7)", () => {
  const folder = join(root, "a-folder.db");
  mkdirSync(folder);
  const text = join(root, "notes.db");
  writeFileSync(text, "these are my notes, not a database\n");
  const run: Record<string, (db: string, c: ReturnType<typeof capture>) => Promise<number>> = {
    seed: (db, c) => runSeed(["--num-users", "2", "--db", db], c.io, {}),
    load: (db, c) => runLoad(["--dir", csvDir, "--db", db], c.io, {}),
    export: (db, c) => runExport(["--num-users", "2", "--output-dir", join(root, "never-out"), "--db", db], c.io, {}),
    quality: (db, c) => runQuality(["--dir", csvDir, "--db", db], c.io, Date.now, {}),
  };
  const cases: [string, string, RegExp][] = [
    ["a folder", folder, /^\w+: --db: .*a-folder\.db: is a folder, not a database file$/],
    ["a text file", text, /^\w+: --db: .*notes\.db: is not a SQLite database$/],
    [
      "another URL scheme",
      "mysql://localhost/x",
      /^\w+: --db: mysql:\/\/localhost\/x: only SQLite databases are supported .*not mysql:$/,
    ],
    ["a missing folder", join(root, "missing", "x.db"), /^\w+: --db: .*x\.db: the folder .*missing does not exist$/],
  ];
  for (const command of Object.keys(run)) {
    it.each(cases)(`${command} --db %s: exit 2 with one line, nothing created`, async (_what, db, message) => {
      const c = capture();
      expect(await (run[command] as (typeof run)["seed"])(db, c)).toBe(2);
      expect(reason(c)).toMatch(message);
      expect(readFileSync(text, "utf8")).toBe("these are my notes, not a database\n");
      expect(existsSync(join(PROJECT_ROOT, "mysql:"))).toBe(false);
      expect(existsSync(join(root, "missing"))).toBe(false);
      expect(existsSync(join(root, "never-out"))).toBe(false);
    });
  }

  it.each([
    [["--report-dir", join(root, "no-such-folder")], /^quality: --report-dir: .*no-such-folder does not exist$/],
    [["--report-dir", text], /^quality: --report-dir: .*notes\.db is not a folder$/],
    [
      ["--start-date", "2025-09-01", "--end-date", "2025-06-01"],
      /^quality: --end-date: 2025-06-01 \(--end-date\) is before 2025-09-01 \(--start-date\)$/,
    ],
    [
      ["--start-date", "2026-01-01"],
      /^quality: --start-date: 2025-10-31 \(the default end-date\) is before 2026-01-01 \(--start-date\)$/,
    ],
  ])("quality %j: exit 2 before checking anything", async (args, message) => {
    const c = capture();
    expect(await runQuality(["--dir", csvDir, ...args], c.io, Date.now, {})).toBe(2);
    expect(reason(c)).toMatch(message);
    expect(c.out).toEqual([]);
  });
});

describe("concurrent writers on one new database (item 8)", () => {
  it("two seeds: one writes, the other says the database holds data (no UNIQUE constraint crash)", async () => {
    const file = join(root, "race-seed.db");
    const a = capture();
    const b = capture();
    const codes = await Promise.all([
      runSeed(["--num-users", "3", "--db", file], a.io, {}),
      runSeed(["--num-users", "3", "--db", file], b.io, {}),
    ]);
    expect(codes.slice().sort()).toEqual([0, 1]);
    expect([...a.err, ...b.err].join("\n")).toMatch(/^seed: .* already holds 3 users .*nothing was changed/);
    expect((await countsOf(file)).users).toBe(3);
  });

  it("two loads: one loads, the other reports the rows already in the database", async () => {
    const file = join(root, "race-load.db");
    const a = capture();
    const b = capture();
    const codes = await Promise.all([
      runLoad(["--dir", csvDir, "--db", file], a.io, {}),
      runLoad(["--dir", csvDir, "--db", file], b.io, {}),
    ]);
    expect(codes.slice().sort()).toEqual([0, 1]);
    expect([...a.err, ...b.err].join("\n")).toMatch(
      /synthetic_users\.csv:2: user_id: user_id user_001 is already in the database/,
    );
    expect((await countsOf(file)).users).toBe(3);
  });

  it("two seed processes racing to create one file: one writes, the other prints one line", async () => {
    const file = join(root, "race-procs.db");
    const runs = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(
              process.execPath,
              ["--import", "tsx", join(PROJECT_ROOT, "scripts/seed.ts"), "--num-users", "2", "--db", file],
              { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"] },
            );
            let stderr = "";
            child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
            child.once("exit", (code) => done({ code, stderr }));
          }),
      ),
    );
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    for (const r of runs.filter((x) => x.code === 1)) {
      const lines = r.stderr
        .trim()
        .split("\n")
        .filter((l) => !/^(generating|writing): \d+% /.test(l)); // progress lines aside
      expect(lines).toEqual([
        expect.stringMatching(
          /^seed: .* already holds 2 users and \d+ transactions; nothing was changed\. Rerun with --reset to replace them\.$/,
        ),
      ]);
    }
    expect((await countsOf(file)).users).toBe(2);
  });
});

describe("quality with more than 125,000 problems (item 5)", () => {
  it("reports them under AC-3 with their count instead of overflowing push(...list)", async () => {
    const dir = writeCsvDir(buildDataset({ users: 3, seed: 9 }));
    // push(...list) overflows Node's stack between 125,000 and 130,000 items: 33,000 account rows
    // with "x" in each of their 4 amount columns make 132,000 problems.
    const rows = 33_000;
    writeFileSync(
      join(dir, "synthetic_accounts.csv"),
      `${accountsTable.columns.map((col) => col.name).join(",")}\n${`${accountsTable.columns.map(() => "x").join(",")}\n`.repeat(rows)}`,
    );
    const c = capture();
    expect(await runQuality(["--dir", dir, "--report-dir", root], c.io, Date.now, {})).toBe(1);
    const ac3 = JSON.parse(readFileSync(join(root, "quality_report.json"), "utf8")).checks.find(
      (x: { id: string }) => x.id === "AC-3",
    );
    expect(ac3.status).toBe("fail");
    expect(ac3.measured).toMatch(new RegExp(`\\b${rows * 4}\\b`));
  });
});

describe("one line for every failure (item 10)", () => {
  it("a refused load into a new path creates no database file", async () => {
    const bad = writeCsvDir(buildDataset({ users: 3, seed: 9 }));
    writeFileSync(join(bad, "synthetic_users.csv"), "user_id\n");
    const file = join(root, "refused.db");
    const c = capture();
    expect(await runLoad(["--dir", bad, "--db", file], c.io, {})).toBe(1);
    expect(reason(c)).toMatch(/^load: CSV load failed/);
    expect(existsSync(file)).toBe(false);
  });

  it("quality --db to a new path on files the loader refuses creates no database file", async () => {
    const bad = writeCsvDir(buildDataset({ users: 3, seed: 9 }));
    writeFileSync(join(bad, "synthetic_users.csv"), "user_id\n");
    const file = join(root, "quality-refused.db");
    expect(await runQuality(["--dir", bad, "--db", file, "--report-dir", root], capture().io, Date.now, {})).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it("Node's 'argument is ambiguous' is one line", async () => {
    const c = capture();
    expect(await runExport(["--output-dir", "--force"], c.io, {})).toBe(2);
    const [first, second] = c.err.join("\n").split("\n");
    expect(first).toMatch(/^export: Option '--output-dir' argument is ambiguous\.$/);
    expect(second).toBe("");
  });

  it("a full disk or a full database is named in one line; any other crash says so and where the trace is", () => {
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      path: "/data/out",
    });
    expect(failureLine("export", enospc)).toBe(
      "export: failed: no space left on the device (/data/out): ENOSPC: no space left on device, write",
    );
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    expect(failureLine("seed", full)).toBe("seed: failed: the database or disk is full: database or disk is full");
    const line = failureLine("load", new TypeError("cannot read properties of undefined\n  more detail"), root);
    expect(line).toMatch(
      /^load: internal error, please report it: cannot read properties of undefined \(full trace in (.+)\)$/,
    );
    const trace = /full trace in (.+)\)$/.exec(line)?.[1] as string;
    expect(readFileSync(trace, "utf8")).toMatch(
      /^TypeError: cannot read properties of undefined\n {2}more detail\n {4}at /,
    );
  });

  it("a full disk in a real process: one line on stderr, exit 1, no stack trace", async () => {
    // /dev/full takes the open but fails every write with ENOSPC, as a full disk does.
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(PROJECT_ROOT, "scripts/seed.ts"), "--num-users", "2", "--db", "/dev/full"],
        { cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"] },
      );
      let text = "";
      child.stderr.on("data", (d: Buffer) => (text += d.toString()));
      child.once("exit", (exit) => done({ code: exit, stderr: text }));
    });
    expect(code).toBe(1);
    const lines = stderr
      .trim()
      .split("\n")
      .filter((l) => !/^(generating|writing): \d+% /.test(l));
    expect(lines).toEqual(["seed: failed: the database or disk is full: database or disk is full"]);
  });

  it("a crash of the program itself, in a real process: one line saying so and where the full trace is", async () => {
    const target = join(root, "crashed");
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        [
          "--import",
          join(PROJECT_ROOT, "test/helpers/inject-open-fault.mjs"),
          "--import",
          "tsx",
          join(PROJECT_ROOT, "scripts/export.ts"),
          "--num-users",
          "2",
          "--output-dir",
          target,
        ],
        {
          cwd: PROJECT_ROOT,
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      let text = "";
      child.stderr.on("data", (d: Buffer) => (text += d.toString()));
      child.once("exit", (exit) => done({ code: exit, stderr: text }));
    });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^export: internal error, please report it: injected fault in openSync \(full trace in (.+)\)$/,
      ),
    ]);
    const trace = /full trace in (.+)\)$/.exec(stderr.trim())?.[1] as string;
    expect(readFileSync(trace, "utf8")).toMatch(/^TypeError: injected fault in openSync\n\s+at /);
    rmSync(join(trace, ".."), { recursive: true, force: true });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root).filter((e) => e.startsWith(".crashed"))).toEqual([]);
  });

  it("a bad SOURCE_DATE_EPOCH is a usage error, not a crash", async () => {
    const c = capture();
    expect(
      await runExport(["--output-dir", join(root, "epoch"), "--num-users", "2"], c.io, {
        SOURCE_DATE_EPOCH: "yesterday",
      }),
    ).toBe(2);
    expect(reason(c)).toMatch(/^export: SOURCE_DATE_EPOCH: must be whole seconds/);
  });
});

describe("quality on a folder with no dataset", () => {
  it("is a usage error (exit 2) that writes no report, not a pass or a failed check", async () => {
    const { mkdtempSync: mk, readdirSync: list } = await import("node:fs");
    const { tmpdir: tmp } = await import("node:os");
    const { join: j } = await import("node:path");
    const { runQuality } = await import("../../scripts/quality.ts");
    const empty = mk(j(tmp(), "spendsense-empty-"));
    const err: string[] = [];
    expect(await runQuality(["--dir", empty], { out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err[0]).toMatch(/^quality: --dir: .* holds none of synthetic_users\.csv/);
    expect(list(empty)).toEqual([]);
    rmSync(empty, { recursive: true });
  });
});
