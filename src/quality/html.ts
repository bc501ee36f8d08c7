// The quality report as one self-contained HTML page: inline CSS and inline SVG charts drawn by Apache
// ECharts' server-side SVG renderer, no script and no network. The same report gives the same bytes:
// animation is off, dates are UTC timestamps, and the renderer's instance-numbered SVG ids are
// renumbered per chart. The sample users get sections of this page (anchors linked from the top)
// rather than files of their own: the report stays one file that opens and travels alone, its links
// cannot break, and the export's set of files stays the same.
import { BarChart, HeatmapChart, LineChart, ScatterChart } from "echarts/charts";
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { ChartData } from "./checks.ts";
import type { SampleUser } from "./families/charts.ts";
import type { BalancePath } from "./families/integrity.ts";
import type { RealismFigure } from "./families/realism.ts";
import { type QualityReport, REALISM_NOTE, scalingNotes } from "./report.ts";

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
  SVGRenderer,
]);

type Option = echarts.EChartsCoreOption;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#86bcb6",
  "#d37295",
  "#8cd17d",
  "#b6992d",
  "#499894",
  "#f1ce63",
  "#a0cbe8",
  "#79706e",
];
// The SSR renderer lays text out with Helvetica's widths (it has no canvas to measure with), so the
// charts ask for Helvetica or a metric-compatible font: legends and labels then do not overlap.
const FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

/** 1234567.8 -> "1,234,568" (no locale data involved). */
const group = (n: number) => String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
export const usd = (n: number) => `${n < 0 ? "-" : ""}$${group(n)}`;
/** Axis ticks in dollars: $1.2k, $3M. */
const usdAxis = (n: number) => {
  const a = Math.abs(n);
  const s =
    a >= 1e6
      ? `${Number((a / 1e6).toFixed(1))}M`
      : a >= 1e3
        ? `${Number((a / 1e3).toFixed(1))}k`
        : String(Number(a.toFixed(2)));
  return `${n < 0 ? "-" : ""}$${s}`;
};
const pctAxis = (n: number) => `${Number(n.toFixed(1))}%`;
/** A date (YYYY-MM-DD) as a UTC timestamp, so nothing depends on the machine's time zone. */
const utc = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** An id usable in SVG and as an anchor. */
const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "-");

/**
 * Renders an option to an SVG string. The SVG renderer names its CSS classes and clip paths after a
 * process-wide instance counter (`zr3-cls-0`); they are renamed `<id>-0`, `<id>-1`... in order of first
 * appearance, so the output depends only on the option and the ids of two charts never collide.
 */
export function renderSvg(id: string, width: number, height: number, option: Option): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, useUTC: true, color: COLORS, textStyle: { fontFamily: FONT }, ...option });
    const names = new Map<string, string>();
    return chart.renderToSVGString().replace(/\bzr\d+-[A-Za-z]+-?\d+\b/g, (token) => {
      let name = names.get(token);
      if (!name) names.set(token, (name = `${id}-${names.size}`));
      return name;
    });
  } finally {
    chart.dispose();
  }
}

const title = (text: string, subtext?: string) => ({
  text,
  subtext,
  left: 8,
  top: 4,
  textStyle: { fontSize: 14, fontWeight: 600 },
  subtextStyle: { fontSize: 11, color: "#666" },
});
const valueAxis = (name: string, formatter: (v: number) => string, extra: Record<string, unknown> = {}) => ({
  type: "value",
  name,
  nameLocation: "middle",
  nameGap: 50,
  axisLabel: { formatter },
  ...extra,
});
const categoryAxis = (name: string, data: string[], extra: Record<string, unknown> = {}) => ({
  type: "category",
  name,
  nameLocation: "middle",
  nameGap: 28,
  data,
  ...extra,
});
const figure = (svg: string, caption = "") =>
  `<figure>${svg}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;

/** Bars of measured shares beside their targets. */
function shareChart(
  id: string,
  name: string,
  measured: Record<string, number>,
  targets: Record<string, number>,
): string {
  const names = Object.keys(targets);
  const pct = (v: number) => Number((v * 100).toFixed(1));
  return figure(
    renderSvg(id, 360, 280, {
      title: title(name, "share of users, measured beside the target"),
      legend: { top: 44, right: 10, itemGap: 14, data: ["measured", "target"] },
      grid: { left: 62, right: 16, top: 80, bottom: 48 },
      xAxis: categoryAxis(name.toLowerCase(), names, { axisLabel: { interval: 0, fontSize: 10 } }),
      yAxis: valueAxis("users (%)", pctAxis, { nameGap: 40 }),
      series: [
        {
          name: "measured",
          type: "bar",
          data: names.map((n) => pct(measured[n] ?? 0)),
          label: { show: true, position: "top", fontSize: 10, formatter: "{c}%" },
          itemStyle: { color: "#4e79a7" },
        },
        { name: "target", type: "bar", data: names.map((n) => pct(targets[n] ?? 0)), itemStyle: { color: "#bab0ac" } },
      ],
    }),
  );
}

function histogram(data: Omit<ChartData, "realism">): string {
  const entries = Object.entries(data.transactionsPerUser).map(([k, v]) => [Number(k), v] as const);
  const counts = entries.map(([k]) => k);
  const lo = Math.min(data.band.min - 10, ...counts);
  const hi = Math.max(data.band.max + 10, ...counts);
  return figure(
    renderSvg("tpu", 720, 300, {
      title: title(
        "Transactions per user",
        `shaded: AC-2's band of ${data.band.min}-${data.band.max} transactions for this window`,
      ),
      grid: { left: 70, right: 24, top: 64, bottom: 56 },
      xAxis: valueAxis("transactions per user (count)", (v) => String(v), { min: lo - 1, max: hi + 1, nameGap: 30 }),
      yAxis: valueAxis("users (count)", (v) => String(v), { minInterval: 1, nameGap: 40 }),
      series: [
        {
          name: "users",
          type: "bar",
          barWidth: Math.max(1, Math.floor(600 / (hi - lo + 3)) - 1),
          data: entries,
          itemStyle: { color: "#59a14f" },
          markArea: {
            silent: true,
            itemStyle: { color: "rgba(89,161,79,0.12)" },
            label: { show: true, position: "insideTop", fontSize: 10, color: "#2e7d32" },
            data: [[{ name: "AC-2 band", xAxis: data.band.min }, { xAxis: data.band.max }]],
          },
        },
      ],
    }),
  );
}

/** Categories sorted by total dollars, largest first (ties by name). */
function byTotal(rows: Record<string, number>[]): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) for (const [c, v] of Object.entries(row)) totals.set(c, (totals.get(c) ?? 0) + v);
  return [...totals].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([c]) => c);
}

/** Rows a bottom legend of these names takes in a chart this wide (Helvetica at 10px: about 5.6px a character). */
const legendRows = (names: readonly string[], width: number) => {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const w = name.length * 5.6 + 32;
    if (x > 0 && x + w > width - 16) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
};
const legendBottom = () => ({
  type: "plain",
  bottom: 4,
  left: 8,
  right: 8,
  itemWidth: 12,
  itemHeight: 10,
  itemGap: 14,
  textStyle: { fontSize: 10 },
});

function monthlyChart(data: Omit<ChartData, "realism">): string {
  const months = Object.keys(data.monthlySpending);
  const categories = byTotal(Object.values(data.monthlySpending));
  const rows = legendRows(categories, 720);
  return figure(
    renderSvg("monthly", 720, 340 + 18 * rows, {
      title: title("Monthly spending by category", "all users; money out, transfers and loan payments left out"),
      legend: legendBottom(),
      grid: { left: 80, right: 24, top: 60, bottom: 56 + 18 * rows },
      xAxis: categoryAxis("month", months),
      yAxis: valueAxis("spent ($)", usdAxis, { nameGap: 58 }),
      series: categories.map((c) => ({
        name: c,
        type: "bar",
        stack: "spent",
        data: months.map((m) => Number((data.monthlySpending[m]?.[c] ?? 0).toFixed(2))),
      })),
    }),
  );
}

/** Average spending per user per month in each income tier, by category. */
function tierChart(data: Omit<ChartData, "realism">, start: string, end: string): string {
  const tiers = Object.keys(data.spendingByTier);
  // The window's length in average months (30.4375 days): 2025-05-01 to 2025-10-31 is 6.0.
  const months = Math.max(1 / 30.4375, ((utc(end) - utc(start)) / 86_400_000 + 1) / 30.4375);
  const categories = byTotal(Object.values(data.spendingByTier)).reverse();
  const perUserMonth = (tier: string, c: string) => {
    const users = data.tierUsers[tier] ?? 0;
    return users === 0 ? 0 : Number(((data.spendingByTier[tier]?.[c] ?? 0) / users / months).toFixed(2));
  };
  return figure(
    renderSvg("tiers", 720, 120 + 34 * Math.max(4, categories.length), {
      title: title(
        "Spending by category per income tier",
        `average per user per month (window of ${months.toFixed(1)} months); users per tier: ${tiers.map((t) => `${t} ${data.tierUsers[t] ?? 0}`).join(", ")}`,
      ),
      legend: { top: 44, right: 16, itemGap: 14, data: tiers },
      grid: { left: 210, right: 30, top: 76, bottom: 44 },
      xAxis: valueAxis("spent per user per month ($)", usdAxis, { nameGap: 28 }),
      yAxis: { type: "category", data: categories, axisLabel: { fontSize: 10 } },
      series: tiers.map((t) => ({ name: t, type: "bar", data: categories.map((c) => perUserMonth(t, c)) })),
    }),
  );
}

/** A calendar of daily transaction counts over the window. */
function calendarChart(data: Omit<ChartData, "realism">, start: string, end: string): string {
  const days = Object.entries(data.dailyTransactions).filter(([d]) => d >= start && d <= end);
  const max = Math.max(1, ...days.map(([, n]) => n));
  const weeks = Math.ceil((utc(end) - utc(start)) / (7 * 86_400_000)) + 2;
  const cell = Math.max(8, Math.min(22, Math.floor(1000 / weeks)));
  const width = Math.max(460, 90 + weeks * cell);
  return figure(
    renderSvg("calendar", width, 150 + 7 * cell, {
      title: title("Transactions per day", `every user's transactions, ${start} to ${end}; darker is more`),
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: "horizontal",
        left: 60,
        bottom: 8,
        itemHeight: 200,
        itemWidth: 12,
        text: [`${max} transactions`, "0"],
        textStyle: { fontSize: 10 },
        inRange: { color: ["#f7fbff", "#6baed6", "#08306b"] },
      },
      calendar: {
        range: [start, end],
        cellSize: [cell, cell],
        left: 60,
        right: 20,
        top: 80,
        dayLabel: { firstDay: 1, fontSize: 9, nameMap: "en" },
        monthLabel: { fontSize: 10, nameMap: "en" },
        yearLabel: { show: false },
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
        splitLine: { lineStyle: { color: "#999", width: 1 } },
      },
      series: [{ type: "heatmap", coordinateSystem: "calendar", data: days.map(([d, n]) => [d, n]) }],
    }),
  );
}

/** Card balances against their limits: a scatter of the first cards, and every card's utilization. */
function cardCharts(data: Omit<ChartData, "realism">): string {
  const points = data.cardPoints;
  const maxLimit = Math.max(1, ...points.map((p) => p.limit));
  const scatter = renderSvg("cards", 460, 360, {
    title: title(
      "Card balances against their limits",
      `the first ${points.length} cards by user id, at the window's end`,
    ),
    legend: { top: 44, right: 12, itemGap: 12, data: ["card", "100% of limit", "30% of limit"] },
    grid: { left: 76, right: 24, top: 80, bottom: 56 },
    xAxis: valueAxis("credit limit ($)", usdAxis, { nameGap: 30, min: 0 }),
    yAxis: valueAxis("balance owed ($)", usdAxis, { nameGap: 56 }),
    series: [
      {
        name: "card",
        type: "scatter",
        symbolSize: 5,
        itemStyle: { color: "#4e79a7", opacity: 0.6 },
        data: points.map((p) => [p.limit, p.balance]),
      },
      {
        name: "100% of limit",
        type: "line",
        symbol: "none",
        lineStyle: { color: "#e15759", type: "dashed" },
        itemStyle: { color: "#e15759" },
        data: [
          [0, 0],
          [maxLimit, maxLimit],
        ],
      },
      {
        name: "30% of limit",
        type: "line",
        symbol: "none",
        lineStyle: { color: "#f28e2b", type: "dotted" },
        itemStyle: { color: "#f28e2b" },
        data: [
          [0, 0],
          [maxLimit, maxLimit * 0.3],
        ],
      },
    ],
  });
  const buckets = Object.keys(data.cardUtilization);
  const total = Object.values(data.cardUtilization).reduce((a, b) => a + b, 0);
  const bars = renderSvg("utilization", 460, 360, {
    title: title("Card utilization", `balance owed / credit limit, all ${total} cards`),
    grid: { left: 64, right: 16, top: 64, bottom: 70 },
    xAxis: categoryAxis("utilization (% of limit)", buckets, {
      axisLabel: { rotate: 40, fontSize: 10, interval: 0 },
      nameGap: 50,
    }),
    yAxis: valueAxis("cards (count)", (v) => String(v), { minInterval: 1, nameGap: 44 }),
    series: [
      {
        name: "cards",
        type: "bar",
        data: buckets.map((b) => data.cardUtilization[b] ?? 0),
        itemStyle: { color: "#b07aa1" },
        label: { show: true, position: "top", fontSize: 10 },
      },
    ],
  });
  return figure(scatter) + figure(bars);
}

function balanceChart(path: BalancePath, index: number): string {
  return figure(
    renderSvg(`path${index}`, 720, 260, {
      title: title(`Balance: ${path.label}`, "end-of-day balance in dollars"),
      grid: { left: 80, right: 24, top: 60, bottom: 48 },
      xAxis: {
        type: "time",
        name: "date",
        nameLocation: "middle",
        nameGap: 28,
        axisLabel: { formatter: "{yyyy}-{MM}-{dd}", hideOverlap: true },
      },
      yAxis: valueAxis("balance ($)", usdAxis, { nameGap: 58, scale: true }),
      series: [
        {
          name: "balance",
          type: "line",
          step: "end",
          symbol: "none",
          lineStyle: { color: "#e15759", width: 1.5 },
          data: path.points.map(([d, v]) => [utc(d), v]),
        },
      ],
    }),
  );
}

const userAnchor = (u: SampleUser) => `user-${slug(u.user_id)}`;

/** One sample user's section: their accounts, month-end balances and monthly cash flow. */
function userSection(u: SampleUser): string {
  const id = slug(u.user_id);
  const months = Object.keys(u.cashFlow);
  const rows = u.accounts
    .map(
      (a) =>
        `<tr><td>${esc(a.name)} ··${esc(a.mask)}</td><td>${esc(a.type)} / ${esc(a.subtype)}</td><td class="n">${esc(usd(a.balance))}${a.type === "depository" ? "" : " owed"}</td><td class="n">${a.limit === null ? "" : esc(usd(a.limit))}</td><td><code>${esc(a.account_id)}</code></td></tr>`,
    )
    .join("\n");
  const balanceMonths = Object.keys(u.accounts[0]?.monthEnd ?? {});
  const series = u.accounts.map((a) => `${a.name} ··${a.mask} (${a.subtype})`);
  const lines = legendRows(series, 560);
  const balances = renderSvg(`u-${id}-bal`, 560, 302 + 18 * lines, {
    title: title("Month-end balances", "held for checking and savings; owed for cards and loans"),
    legend: legendBottom(),
    grid: { left: 80, right: 20, top: 60, bottom: 60 + 18 * lines },
    xAxis: categoryAxis("month", balanceMonths),
    yAxis: valueAxis("balance ($)", usdAxis, { nameGap: 58 }),
    series: u.accounts.map((a, i) => ({
      name: series[i],
      type: "line",
      symbolSize: 5,
      data: balanceMonths.map((m) => a.monthEnd[m] ?? null),
    })),
  });
  const flow = renderSvg(`u-${id}-flow`, 560, 320, {
    title: title("Monthly cash flow", "money in and out of all accounts, transfers between them left out"),
    legend: { bottom: 4, itemGap: 14, data: ["in", "out", "net"] },
    grid: { left: 80, right: 20, top: 60, bottom: 78 },
    xAxis: categoryAxis("month", months),
    yAxis: valueAxis("amount ($)", usdAxis, { nameGap: 58 }),
    series: [
      { name: "in", type: "bar", itemStyle: { color: "#59a14f" }, data: months.map((m) => u.cashFlow[m]?.in ?? 0) },
      { name: "out", type: "bar", itemStyle: { color: "#e15759" }, data: months.map((m) => u.cashFlow[m]?.out ?? 0) },
      {
        name: "net",
        type: "line",
        itemStyle: { color: "#222" },
        data: months.map((m) => Number(((u.cashFlow[m]?.in ?? 0) - (u.cashFlow[m]?.out ?? 0)).toFixed(2))),
      },
    ],
  });
  return `<section id="${userAnchor(u)}" class="user">
<h3>${esc(u.user_id)}: ${esc(u.name)}</h3>
<p>Income tier <strong>${esc(u.income_bracket)}</strong> (${esc(usd(u.income))} a year), age ${esc(u.age_bracket)}, ${esc(u.region)}. <a href="#users">Back to the sample users</a></p>
<table class="accounts"><thead><tr><th>Account</th><th>Type</th><th>Balance at the window's end</th><th>Credit limit</th><th>Account id</th></tr></thead><tbody>
${rows}
</tbody></table>
${figure(balances)}${figure(flow)}
</section>`;
}

/** Share figures: the measured value beside the target band (a bar, and the band's ends as marks). */
function realismChart(figures: readonly RealismFigure[]): string {
  const shares = figures.filter((f) => f.value !== null && f.value >= 0 && f.value <= 1 && f.measured.includes("%"));
  if (shares.length === 0) return "";
  const pct = (v: number) => Number((v * 100).toFixed(1));
  const bands = shares.map((f) => {
    const m = /^(?:<=|>=)?\s*(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?\s*%/.exec(f.target);
    return m
      ? {
          lo: m[2] ? Number(m[1]) : f.target.startsWith("<=") ? 0 : Number(m[1]),
          hi: m[2] ? Number(m[2]) : f.target.startsWith(">=") ? 100 : Number(m[1]),
        }
      : null;
  });
  return figure(
    renderSvg("realism", 1100, 340, {
      title: title("Realism: shares measured beside their targets", "bars: measured; markers: the target band's ends"),
      legend: { top: 44, right: 10, data: ["measured", "target low", "target high"] },
      grid: { left: 62, right: 16, top: 80, bottom: 48 },
      xAxis: categoryAxis(
        "figure",
        shares.map((f) => f.id),
        { axisLabel: { interval: 0, fontSize: 10 } },
      ),
      yAxis: valueAxis("share (%)", pctAxis, { nameGap: 40, max: 100 }),
      series: [
        {
          name: "measured",
          type: "bar",
          data: shares.map((f) => ({
            value: pct(f.value as number),
            itemStyle: { color: f.verdict === "within target" ? "#59a14f" : "#e15759" },
          })),
        },
        { name: "target low", type: "scatter", symbol: "triangle", data: bands.map((b) => b?.lo ?? null) },
        {
          name: "target high",
          type: "scatter",
          symbol: "triangle",
          symbolRotate: 180,
          data: bands.map((b) => b?.hi ?? null),
        },
      ],
    }),
    "Share figures of the realism section; green within target, red outside.",
  );
}

function realismSection(figures: readonly RealismFigure[]): string {
  if (figures.length === 0) return "";
  const within = figures.filter((f) => f.verdict === "within target").length;
  const rows = figures
    .map(
      (f) =>
        `<tr class="${f.verdict === "within target" ? "pass" : f.verdict === "outside target" ? "fail" : "skipped"}"><td>${esc(f.id)}</td><td>${esc(f.verdict)}</td><td>${esc(f.figure)}</td><td>${esc(f.measured)}</td><td>${esc(f.target)}</td><td>${esc(f.reference)}</td><td>${esc(f.source)}</td><td>${esc(f.tolerance)}</td></tr>`,
    )
    .join("\n");
  return `<h2 id="realism">Realism: quality scores</h2>
<p>${esc(REALISM_NOTE)}</p>
<p><strong>${within} of ${figures.length}</strong> figures within target.</p>
<table><thead><tr><th>Figure</th><th>Verdict</th><th>Description</th><th>Measured</th><th>Target</th><th>Reference</th><th>Source</th><th>Tolerance</th></tr></thead><tbody>
${rows}
</tbody></table>
${realismChart(figures)}`;
}

/** The report as a self-contained HTML page. */
export function renderHtml(
  report: QualityReport,
  targets: { age: Record<string, number>; income: Record<string, number>; region: Record<string, number> },
): string {
  const rows = report.checks
    .map(
      (c) =>
        `<tr class="${c.status}"><td>${esc(c.id)}</td><td>${c.status.toUpperCase()}</td><td>${esc(c.description)}</td><td>${esc(c.measured)}</td><td>${esc(c.threshold)}</td></tr>`,
    )
    .join("\n");
  const d = report.dataset;
  const charts = report.charts;
  const notes = scalingNotes(report.checks);
  const users = charts.sampleUsers;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(report.title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;color:#222;max-width:1180px;padding:0 16px}
h2{margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:12px 0}td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}td.n{text-align:right;white-space:nowrap}
tr.pass td:nth-child(2){color:#2e7d32;font-weight:600}tr.fail td:nth-child(2){color:#c62828;font-weight:600}tr.skipped td:nth-child(2){color:#777}tr.not_applicable td:nth-child(2){color:#777;font-style:italic}
figure{display:inline-block;margin:8px 12px 8px 0;vertical-align:top;border:1px solid #eee;border-radius:4px}figure svg{display:block}figcaption{font-size:12px;color:#555;padding:0 8px 6px}
nav a{margin-right:12px}section.user{margin:24px 0;padding-top:8px;border-top:1px dashed #ccc}code{font-size:11px}
</style></head><body>
<h1>${esc(report.title)}</h1>
<p>Dataset: ${d.num_users} users, seed ${d.seed ?? "unknown"}, ${esc(d.start_date)} to ${esc(d.end_date)} (${esc(d.source)}). Generated ${esc(report.generated_at)}.</p>
<nav><a href="#checks">Checks</a><a href="#distributions">Distributions</a><a href="#transactions">Transactions</a><a href="#spending">Spending</a><a href="#cards">Cards</a><a href="#accounts">Sample accounts</a><a href="#users">Sample users</a>${report.realism?.length ? `<a href="#realism">Realism</a>` : ""}</nav>
<h2 id="checks">Checks</h2>
<p><strong>${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped${report.summary.not_applicable ? `, ${report.summary.not_applicable} not applicable to this profile` : ""}</strong> of ${report.summary.total} checks.</p>
<table><thead><tr><th>Check</th><th>Status</th><th>Description</th><th>Measured</th><th>Threshold</th></tr></thead><tbody>
${rows}
</tbody></table>
${notes.length ? `<p>How the thresholds scale with the dataset:</p><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : ""}
<h2 id="distributions">Distributions</h2>
${shareChart("age", "Age brackets", charts.ageShares, targets.age)}${shareChart("income", "Income tiers", charts.incomeShares, targets.income)}${shareChart("region", "Regions", charts.regionShares, targets.region)}
<h2 id="transactions">Transactions</h2>
${histogram(charts)}
${calendarChart(charts, d.start_date, d.end_date)}
<h2 id="spending">Spending</h2>
${monthlyChart(charts)}
${tierChart(charts, d.start_date, d.end_date)}
<h2 id="cards">Cards</h2>
${cardCharts(charts)}
<h2 id="accounts">Sample accounts</h2>
${charts.balancePaths.map(balanceChart).join("\n")}
<h2 id="users">Sample users</h2>
<p>The first user of each income tier by user id: ${users.map((u) => `<a href="#${userAnchor(u)}">${esc(u.user_id)}</a> (${esc(u.income_bracket)})`).join(", ") || "none"}.</p>
${users.map(userSection).join("\n")}
${realismSection(report.realism ?? [])}
</body></html>
`;
}
