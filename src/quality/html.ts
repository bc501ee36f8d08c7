// The quality report as one self-contained HTML page: inline CSS and SVG charts, no network.
import type { ChartData } from "./checks.ts";
import { type QualityReport, scalingNotes } from "./report.ts";

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

/** Bars of measured shares beside their targets. */
function shareChart(title: string, measured: Record<string, number>, targets: Record<string, number>): string {
  const names = Object.keys(targets);
  const w = 420;
  const h = 200;
  const slot = (w - 40) / names.length;
  const y = (v: number) => h - 30 - v * 300;
  const bars = names
    .map((name, i) => {
      const x = 30 + i * slot;
      const m = measured[name] ?? 0;
      const t = targets[name] ?? 0;
      return `<rect x="${x}" y="${y(m)}" width="${slot * 0.4}" height="${h - 30 - y(m)}" fill="#4e79a7"><title>${esc(name)} measured ${(m * 100).toFixed(1)}%</title></rect>
<rect x="${x + slot * 0.42}" y="${y(t)}" width="${slot * 0.4}" height="${h - 30 - y(t)}" fill="#bab0ac"><title>${esc(name)} target ${(t * 100).toFixed(0)}%</title></rect>
<text x="${x + slot * 0.4}" y="${h - 12}" text-anchor="middle">${esc(name)}</text>
<text x="${x + slot * 0.2}" y="${y(m) - 3}" text-anchor="middle" class="v">${(m * 100).toFixed(0)}%</text>`;
    })
    .join("\n");
  return `<figure><figcaption>${esc(title)} <span class="key"><i style="background:#4e79a7"></i>measured <i style="background:#bab0ac"></i>target</span></figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${bars}</svg></figure>`;
}

function histogram(data: ChartData): string {
  const entries = Object.entries(data.transactionsPerUser).map(([k, v]) => [Number(k), v] as const);
  const counts = entries.map(([k]) => k);
  const lo = Math.min(data.band.min - 10, ...counts);
  const hi = Math.max(data.band.max + 10, ...counts);
  const maxUsers = Math.max(1, ...entries.map(([, v]) => v));
  const w = 640;
  const h = 200;
  const x = (v: number) => 30 + ((v - lo) / (hi - lo)) * (w - 50);
  const bw = Math.max(1, (w - 50) / (hi - lo + 1));
  const bars = entries
    .map(
      ([k, v]) =>
        `<rect x="${x(k)}" y="${h - 30 - (v / maxUsers) * (h - 50)}" width="${bw}" height="${(v / maxUsers) * (h - 50)}" fill="#59a14f"><title>${k} transactions: ${v} users</title></rect>`,
    )
    .join("");
  const band = `<rect x="${x(data.band.min)}" y="10" width="${x(data.band.max) - x(data.band.min)}" height="${h - 40}" fill="#59a14f" opacity="0.08"/>`;
  const labels = [lo, data.band.min, data.band.max, hi]
    .map((v) => `<text x="${x(v)}" y="${h - 12}" text-anchor="middle">${v}</text>`)
    .join("");
  return `<figure><figcaption>Transactions per user (shaded: the ${data.band.min}-${data.band.max} band)</figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${band}${bars}${labels}</svg></figure>`;
}

function monthlyChart(data: ChartData): string {
  const months = Object.keys(data.monthlySpending);
  const categories = [...new Set(months.flatMap((m) => Object.keys(data.monthlySpending[m] ?? {})))].sort();
  const totals = months.map((m) => Object.values(data.monthlySpending[m] ?? {}).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const w = 640;
  const h = 260;
  const slot = (w - 60) / Math.max(1, months.length);
  const bars = months
    .map((m, i) => {
      let top = h - 30;
      return categories
        .map((c, ci) => {
          const v = data.monthlySpending[m]?.[c] ?? 0;
          const height = (v / max) * (h - 50);
          top -= height;
          return `<rect x="${50 + i * slot}" y="${top}" width="${slot * 0.7}" height="${height}" fill="${COLORS[ci % COLORS.length]}"><title>${esc(m)} ${esc(c)}: $${v.toFixed(2)}</title></rect>`;
        })
        .join("");
    })
    .join("");
  const labels = months
    .map((m, i) => `<text x="${50 + i * slot + slot * 0.35}" y="${h - 12}" text-anchor="middle">${esc(m)}</text>`)
    .join("");
  const legend = categories
    .map((c, ci) => `<span class="key"><i style="background:${COLORS[ci % COLORS.length]}"></i>${esc(c)}</span>`)
    .join(" ");
  return `<figure><figcaption>Monthly spending by category (all users, dollars; max $${Math.round(max).toLocaleString("en-US")})</figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${bars}${labels}</svg><div>${legend}</div></figure>`;
}

function balanceChart(path: ChartData["balancePaths"][number]): string {
  const w = 640;
  const h = 180;
  const values = path.points.map(([, v]) => v);
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const n = Math.max(1, path.points.length - 1);
  const pts = path.points
    .map(
      ([, v], i) =>
        `${(50 + (i / n) * (w - 70)).toFixed(1)},${(h - 25 - ((v - lo) / (hi - lo)) * (h - 45)).toFixed(1)}`,
    )
    .join(" ");
  const first = path.points[0]?.[0] ?? "";
  const last = path.points[path.points.length - 1]?.[0] ?? "";
  return `<figure><figcaption>Balance path: ${esc(path.label)}</figcaption><svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><polyline points="${pts}" fill="none" stroke="#e15759" stroke-width="1.5"/><text x="50" y="${h - 6}">${esc(first)}</text><text x="${w - 20}" y="${h - 6}" text-anchor="end">${esc(last)}</text><text x="4" y="14">$${hi.toLocaleString("en-US")}</text><text x="4" y="${h - 25}">$${lo.toLocaleString("en-US")}</text></svg></figure>`;
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
  const notes = scalingNotes(report.checks);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(report.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;width:100%;margin:12px 0}td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
tr.pass td:nth-child(2){color:#2e7d32;font-weight:600}tr.fail td:nth-child(2){color:#c62828;font-weight:600}tr.skipped td:nth-child(2){color:#777}
figure{display:inline-block;margin:8px 16px 8px 0}figcaption{font-weight:600;margin-bottom:4px}svg text{font-size:11px;fill:#444}svg text.v{font-size:10px}
.key{font-weight:400;font-size:12px;margin-right:8px}.key i{display:inline-block;width:10px;height:10px;margin:0 3px 0 6px}
</style></head><body>
<h1>${esc(report.title)}</h1>
<p>Dataset: ${d.num_users} users, seed ${d.seed ?? "unknown"}, ${esc(d.start_date)} to ${esc(d.end_date)} (${esc(d.source)}). Generated ${esc(report.generated_at)}.</p>
<p><strong>${report.summary.passed} passed, ${report.summary.failed} failed, ${report.summary.skipped} skipped</strong> of ${report.summary.total} checks.</p>
<table><thead><tr><th>Check</th><th>Status</th><th>Description</th><th>Measured</th><th>Threshold</th></tr></thead><tbody>
${rows}
</tbody></table>
${notes.length ? `<p>How the thresholds scale with the dataset:</p><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : ""}
<h2>Distributions</h2>
${shareChart("Age brackets", report.charts.ageShares, targets.age)}
${shareChart("Income tiers", report.charts.incomeShares, targets.income)}
${shareChart("Regions", report.charts.regionShares, targets.region)}
<h2>Transactions</h2>
${histogram(report.charts)}
${monthlyChart(report.charts)}
<h2>Sample accounts</h2>
${report.charts.balancePaths.map(balanceChart).join("\n")}
</body></html>
`;
}
