// The Markdown report says how each threshold scales with the dataset.
import { describe, expect, it } from "vitest";
import { QualityAccumulator } from "../../src/quality/checks.ts";
import { buildReport, renderMarkdown, scalingNotes } from "../../src/quality/report.ts";
import { alex, bo, CONTEXT, NOT_MEASURED } from "./hand-made.ts";

describe("quality report", () => {
  const q = new QualityAccumulator(CONTEXT);
  q.add(alex());
  q.add(bo());
  const checks = q.checks({ ...NOT_MEASURED, databaseBytes: 400_000 });

  it("lists the size-dependent thresholds one by one and the others in one line", () => {
    const notes = scalingNotes(checks);
    expect(notes.slice(0, 4).map((n) => n.split(":")[0])).toEqual(["AC-1", "AC-2", "AC-8", "AC-9"]);
    expect(notes[2]).toBe(
      "AC-8: per user: the spec's 50 MB for its 100 users is 0.5 MB per user, times the users checked.",
    );
    expect(notes[4]).toMatch(
      /^AC-3, AC-4, AC-5, AC-6, AC-7, AC-10, QC-1, .*, RD-2, CAL-1, SP-1, SP-2, SP-3, SP-4: the same at any size/,
    );
  });

  it("renders AC-8's limit for the users checked, and the notes, in the Markdown", () => {
    const md = renderMarkdown(
      buildReport({
        generated_at: "2025-11-01T00:00:00Z",
        dataset: { num_users: 2, seed: 1, start_date: CONTEXT.startDate, end_date: CONTEXT.endDate, source: "test" },
        checks,
        charts: q.charts(),
      }),
    );
    // 2 users: 0.5 MB each, 1 MB; 400,000 bytes is 0.38 MB.
    expect(md).toContain(
      "| AC-8 | PASS | Database file is under 50 MB per 100 users | 0.38 MB (0.191 MB per user) | < 1 MB (0.5 MB per user × 2 users) |",
    );
    expect(md).toContain("How the thresholds scale with the dataset:\n\n- AC-1: the number of users asked for.");
  });
});
