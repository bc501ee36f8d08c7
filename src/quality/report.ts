// The quality report as data, and its Markdown rendering. Pure.
import type { ChartData, Check } from "./checks.ts";
import type { RealismFigure } from "./families/realism.ts";

export interface QualityReport {
  title: string;
  generated_at: string;
  dataset: { num_users: number; seed: number | null; start_date: string; end_date: string; source: string };
  summary: { passed: number; failed: number; skipped: number; not_applicable: number; total: number };
  /** Diagnostic checks: every applicable one must pass for the export to succeed. */
  checks: Check[];
  /** Quality scores against public reference figures: reported, never failing the export. */
  realism: RealismFigure[];
  charts: Omit<ChartData, "realism">;
}

export function buildReport(
  input: Omit<QualityReport, "summary" | "title" | "realism" | "charts"> & {
    title?: string;
    charts: ChartData | Omit<ChartData, "realism">;
  },
): QualityReport {
  const count = (s: Check["status"]) => input.checks.filter((c) => c.status === s).length;
  const { realism, ...charts } = input.charts as ChartData;
  return {
    title: input.title ?? "spendsense-fixtures quality report",
    generated_at: input.generated_at,
    dataset: input.dataset,
    summary: {
      passed: count("pass"),
      failed: count("fail"),
      skipped: count("skipped"),
      not_applicable: count("not_applicable"),
      total: input.checks.length,
    },
    checks: input.checks,
    realism: realism ?? [],
    charts,
  };
}

const ICON: Record<Check["status"], string> = { pass: "PASS", fail: "FAIL", skipped: "SKIP", not_applicable: "N/A" };

/** The note that says what the realism section is and that it never fails the export. */
export const REALISM_NOTE =
  "Quality scores against public reference figures (SDMetrics-style split: the checks above are diagnostics that must all pass; these scores are reported and never change the export's exit status). Each figure names its source, the profile's target and the tolerance's reasoning.";

/** The realism section as Markdown lines. */
export function realismMarkdown(figures: readonly RealismFigure[]): string[] {
  if (figures.length === 0) return [];
  const within = figures.filter((f) => f.verdict === "within target").length;
  return [
    "## Realism: quality scores",
    "",
    REALISM_NOTE,
    "",
    `${within} of ${figures.length} figures within target.`,
    "",
    "| Figure | Verdict | Measured | Target | Reference | Source | Tolerance |",
    "|---|---|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.id} ${cell(f.figure)} | ${f.verdict} | ${cell(f.measured)} | ${cell(f.target)} | ${cell(f.reference)} | ${cell(f.source)} | ${cell(f.tolerance)} |`,
    ),
    "",
  ];
}
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
    `**${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped${report.summary.not_applicable ? `, ${report.summary.not_applicable} not applicable to this profile` : ""}** of ${report.summary.total} checks.`,
    "",
    "| Check | Status | Description | Measured | Threshold |",
    "|---|---|---|---|---|",
    ...report.checks.map(
      (c) => `| ${c.id} | ${ICON[c.status]} | ${cell(c.description)} | ${cell(c.measured)} | ${cell(c.threshold)} |`,
    ),
    "",
    ...(notes.length ? ["How the thresholds scale with the dataset:", "", ...notes.map((n) => `- ${n}`), ""] : []),
    ...realismMarkdown(report.realism ?? []),
  ];
  return lines.join("\n");
}
