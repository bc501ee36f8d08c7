// The HTML report: ECharts' SVG charts with titled, labelled axes, one section per sample user, the
// same bytes for the same report, and nothing that would make the page fetch anything when opened.
import { describe, expect, it } from "vitest";
import { QualityAccumulator } from "../../src/quality/checks.ts";
import { renderHtml, renderSvg } from "../../src/quality/html.ts";
import { buildReport } from "../../src/quality/report.ts";
import { alex, bo, CONTEXT, NOT_MEASURED } from "./hand-made.ts";

const TARGETS = {
  age: { "18-25": 0.2, "26-35": 0.4, "36-50": 0.3, "51+": 0.1 },
  income: { low: 0.2, middle: 0.4, upper_middle: 0.3, high: 0.1 },
  region: { urban: 0.5, suburban: 0.3, rural: 0.2 },
};

function html(): string {
  const q = new QualityAccumulator(CONTEXT);
  q.add(alex());
  q.add(bo());
  const report = buildReport({
    generated_at: "2025-11-01T00:00:00Z",
    dataset: { num_users: 2, seed: 1, start_date: CONTEXT.startDate, end_date: CONTEXT.endDate, source: "test" },
    checks: q.checks(NOT_MEASURED),
    charts: q.charts(),
  });
  return renderHtml(report, TARGETS);
}

/** Every URL the page could load: src, href, xlink:href, srcset, poster, data attributes and CSS url()/@import. */
function references(page: string): string[] {
  const attrs = [
    ...page.matchAll(/\s(?:src|href|xlink:href|srcset|poster|data|action)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi),
  ].map((m) => (m[1] as string).replace(/^["']|["']$/g, ""));
  const css = [...page.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2] as string);
  const imports = [...page.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((m) => m[2] as string);
  return [...attrs, ...css, ...imports];
}

describe("HTML quality report", () => {
  const page = html();

  it("draws every chart as inline SVG with a titled chart and axis names in units", () => {
    const svgs = page.match(/<svg[\s>]/g) ?? [];
    // 3 shares, transactions per user, calendar, monthly, per tier, card scatter, utilization, 3 balance paths
    // (alex's checking and card, bo's checking), 2 per sample user, and the realism section's share chart.
    expect(svgs.length).toBe(3 + 1 + 1 + 1 + 1 + 2 + 3 + 2 * 2 + 1);
    for (const text of [
      "users (%)",
      "transactions per user (count)",
      "users (count)",
      "spent ($)",
      "spent per user per month ($)",
      "credit limit ($)",
      "balance owed ($)",
      "cards (count)",
      "utilization (% of limit)",
      "balance ($)",
      "amount ($)",
    ]) {
      expect(page, text).toContain(`>${text.replace(/&/g, "&amp;")}</text>`);
    }
    for (const t of [
      "Spending by category per income tier",
      "Transactions per day",
      "Card balances against their limits",
      "Card utilization",
      "Monthly cash flow",
      "Month-end balances",
    ]) {
      expect(page, t).toContain(`>${t}</text>`);
    }
  });

  it("states what the per-tier and card charts count", () => {
    // The hand-made window, 2025-05-01 to 2025-10-31, is 184 days: 6.0 months of 30.4375 days.
    expect(page).toContain(
      ">average per user per month (window of 6.0 months); users per tier: middle 1, upper_middle 1</text>",
    );
    expect(page).toContain(">balance owed / credit limit, all 1 cards</text>");
    expect(page).toContain(">the first 1 cards by user id, at the window&#39;s end</text>");
  });

  it("gives each sample user a section the navigation links to, and every in-page link a target", () => {
    expect(page).toContain('<section id="user-user_001" class="user">');
    expect(page).toContain('<section id="user-user_002" class="user">');
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...page.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(8);
    for (const a of anchors) expect(ids.has(a), `#${a}`).toBe(true);
  });

  it("makes no network request when opened: no script, no stylesheet link, every reference in-page", () => {
    expect(page).not.toMatch(/<script|<link|<iframe|<img|<image|<object|<embed/i);
    const refs = references(page);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^#/);
    // The only absolute URLs are XML namespace names, which are never fetched.
    for (const m of page.matchAll(/(\S+)=["']?(https?:\/\/[^"'\s>]*)/gi))
      expect(`${m[1]}=${m[2]}`).toMatch(/^xmlns(:xlink)?=http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)$/);
  });

  it("the checker itself catches an external script, stylesheet, image and CSS url", () => {
    const bad =
      '<script src="https://cdn.example/x.js"></script><link href="https://f.example/a.css"><img src="//x.example/i.png"><div style="background:url(https://x.example/b.png)">';
    expect(references(bad).filter((r) => !r.startsWith("#"))).toEqual([
      "https://cdn.example/x.js",
      "https://f.example/a.css",
      "//x.example/i.png",
      "https://x.example/b.png",
    ]);
  });

  it("renders a dataset with no users: empty charts, no sample users", () => {
    const q = new QualityAccumulator({ ...CONTEXT, requestedUsers: 0 });
    const report = buildReport({
      generated_at: "2025-11-01T00:00:00Z",
      dataset: { num_users: 0, seed: 1, start_date: CONTEXT.startDate, end_date: CONTEXT.endDate, source: "test" },
      checks: q.checks(NOT_MEASURED),
      charts: q.charts(),
    });
    const empty = renderHtml(report, TARGETS);
    expect(empty).toContain(">Transactions per day</text>");
    expect(empty).toContain("The first user of each income tier by user id: none.");
    expect(empty).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("is byte-identical for the same report, whatever charts were rendered before in the process", () => {
    renderSvg("warm", 100, 100, {
      series: [{ type: "bar", data: [1] }],
      xAxis: { type: "category", data: ["a"] },
      yAxis: {},
    });
    const again = html();
    expect(again).toBe(page);
    // The renderer's process-wide instance numbers are gone; each chart's ids carry its own prefix.
    expect(page).not.toMatch(/\bzr\d+-/);
    const classes = new Set([...page.matchAll(/class="([^"]+)"/g)].map((m) => m[1]));
    expect([...classes].some((c) => c?.startsWith("calendar-"))).toBe(true);
  });
});
