// The quality report as data, and its Markdown rendering. Pure.
import type { ChartData, Check } from "./checks.ts";

export interface QualityReport {
  title: string;
  generated_at: string;
  dataset: { num_users: number; seed: number | null; start_date: string; end_date: string; source: string };
  summary: { passed: number; failed: number; skipped: number; total: number };
  checks: Check[];
  charts: ChartData;
}

export function buildReport(input: Omit<QualityReport, "summary" | "title"> & { title?: string }): QualityReport {
  const count = (s: Check["status"]) => input.checks.filter((c) => c.status === s).length;
  return {
    title: input.title ?? "spendsense-fixtures quality report",
    generated_at: input.generated_at,
    dataset: input.dataset,
    summary: { passed: count("pass"), failed: count("fail"), skipped: count("skipped"), total: input.checks.length },
    checks: input.checks,
    charts: input.charts,
  };
}

const ICON: Record<Check["status"], string> = { pass: "PASS", fail: "FAIL", skipped: "SKIP" };
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * One line per check whose threshold depends on the dataset's size or window, and one for the
 * checks whose thresholds do not (a count of problems or a share); none when there are no checks.
 */
export function scalingNotes(checks: readonly Check[]): string[] {
  const fixed = checks.filter((c) => c.scaling.startsWith("none")).map((c) => c.id);
  const scaled = checks.filter((c) => !c.scaling.startsWith("none")).map((c) => `${c.id}: ${c.scaling}.`);
  return [
    ...scaled,
    ...(fixed.length ? [`${fixed.join(", ")}: the same at any size (a count of problems, or a share).`] : []),
  ];
}

/** The report as Markdown: a summary line and one table row per check. */
export function renderMarkdown(report: QualityReport): string {
  const d = report.dataset;
  const notes = scalingNotes(report.checks);
  const lines = [
    `# ${report.title}`,
    "",
    `Dataset: ${d.num_users} users, seed ${d.seed ?? "unknown"}, ${d.start_date} to ${d.end_date} (${d.source}). Generated ${report.generated_at}.`,
    "",
    `**${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped** of ${report.summary.total} checks.`,
    "",
    "| Check | Status | Description | Measured | Threshold |",
    "|---|---|---|---|---|",
    ...report.checks.map(
      (c) => `| ${c.id} | ${ICON[c.status]} | ${cell(c.description)} | ${cell(c.measured)} | ${cell(c.threshold)} |`,
    ),
    "",
    ...(notes.length ? ["How the thresholds scale with the dataset:", "", ...notes.map((n) => `- ${n}`), ""] : []),
  ];
  return lines.join("\n");
}
