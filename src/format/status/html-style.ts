import { markup } from '../html.js';

/**
 * The page's only style sheet, inline. Kept to what Chromium 80 (Edge 80, 360 and QQ browsers in
 * their webkit mode) draws: no flex `gap`, `:is()`, `aspect-ratio`, `inset`, nesting or container
 * queries. System fonts only: nothing is fetched when the page is opened from a USB stick.
 */
export const STATUS_CSS = markup`
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f3f4f6; color: #1f2933;
  font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", SimSun, sans-serif;
  font-size: 14px; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { max-width: 1000px; margin: 0 auto; padding: 24px 32px 40px; background: #fff; }
header { border-bottom: 3px solid #b22222; padding-bottom: 8px; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0; color: #8b1a1a; }
h2 { font-size: 17px; margin: 24px 0 8px; padding-left: 8px; border-left: 4px solid #b22222; page-break-after: avoid; break-after: avoid; }
h3 { font-size: 15px; margin: 16px 0 6px; page-break-after: avoid; break-after: avoid; }
.as-of { color: #52606d; margin: 2px 0 0; }
.note { color: #52606d; font-size: 13px; margin: 6px 0; }
.warn { color: #b22222; }
.cards { display: -webkit-box; display: flex; flex-wrap: wrap; margin: 0 -6px; }
.card { -webkit-box-flex: 1; flex: 1 1 140px; margin: 6px; padding: 10px 12px; border: 1px solid #d9e2ec; border-radius: 4px; }
.card .k { color: #52606d; font-size: 12px; }
.card .v { font-size: 20px; font-weight: bold; }
.card .s { font-size: 12px; color: #52606d; }
.chart { display: block; width: 100%; height: auto; }
.chart text { font-size: 12px; fill: #1f2933; }
.chart .axis { font-size: 10px; fill: #7b8794; }
.chart .title { font-size: 12px; font-weight: bold; }
.chart .track { fill: #eef2f6; }
.chart .bar.good, .chart .stage.current rect { fill: #2e8b57; }
.chart .bar.fair { fill: #d68910; }
.chart .bar.poor { fill: #c0392b; }
.chart .flag { fill: #c0392b; font-weight: bold; }
.chart .tick, .chart .grid { stroke: #d9e2ec; stroke-width: 1; }
.chart .stage rect { fill: #9fb3c8; }
.chart .stage.done rect { fill: #cbd2d9; }
.chart .stage.current rect { fill: #1f6fb2; }
.chart .stage.current .label { font-weight: bold; }
.chart .today line { stroke: #c0392b; stroke-width: 2; }
.chart .today text { fill: #c0392b; font-size: 11px; font-weight: bold; }
.chart .line { fill: none; stroke: #1f6fb2; stroke-width: 2; }
.chart .reference { fill: none; stroke: #9aa5b1; stroke-width: 1.5; stroke-dasharray: 4 3; }
.chart .trend-point { fill: #1f6fb2; }
.chart .trend-now { fill: #fff; stroke: #1f6fb2; stroke-width: 2; }
.multiples { display: -ms-grid; display: grid; grid-template-columns: repeat(4, 1fr); grid-gap: 6px 12px; }
.multiple { page-break-inside: avoid; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #cbd2d9; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f0f4f8; font-weight: bold; white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
tr.stalled td { background: #fdecea; }
.badge { display: inline-block; padding: 0 5px; margin-left: 4px; border-radius: 3px; background: #c0392b; color: #fff; font-size: 11px; }
.good { color: #2e8b57; } .fair { color: #b9770e; } .poor { color: #c0392b; }
.keep { page-break-inside: avoid; break-inside: avoid; }
footer { margin-top: 24px; color: #7b8794; font-size: 12px; border-top: 1px solid #d9e2ec; padding-top: 8px; }
@page { size: A4 portrait; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 12px; }
  .page { max-width: none; padding: 0; }
  h2 { margin-top: 14px; }
  .multiples { grid-template-columns: repeat(4, 1fr); }
  a { color: inherit; text-decoration: none; }
}
`;
