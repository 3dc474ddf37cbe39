// Public names of src/report, re-exported by src/index.ts. Owned by the report work.

// Tables: one model, written as Markdown, plain text, CSV; any result as JSON.
export type { ColumnKind, Table, TableColumn } from './table';
export { toMarkdown } from './markdown';
export { toText } from './text';
export { toCsv, type ToCsvOptions } from './csv';
export { toJson, type ToJsonOptions } from './json';

// SVG charts: pure functions of plain data that return an `<svg>` string, ready to inline in HTML.
export type { ChartOptions, ValueFormat } from './svg/chartOptions';
export { pathsChart, type PathSeries, type PathsChartOptions } from './svg/pathsChart';
export { fanChart, type FanChartOptions, type FanPoint } from './svg/fanChart';
export { tornadoChart, type TornadoBar, type TornadoChartOptions, type TornadoData } from './svg/tornadoChart';
export { heatmap, type HeatmapAxis, type HeatmapData, type HeatmapOptions } from './svg/heatmap';
export { waterfallChart, type WaterfallData, type WaterfallItem, type WaterfallOptions } from './svg/waterfallChart';
export { tradeoffChart, type TradeoffData } from './svg/tradeoffChart';
export { boxScatterChart, type BoxScatterData, type ScatterAxis } from './svg/boxScatterChart';

// The analysis of a target across scenarios, written as text, Markdown or one self-contained HTML file.
export { analysisReport, type AnalysisOptions } from './analysis/analysisReport';
export type { Report, ReportSection } from './analysis/report';
export { renderText } from './analysis/renderText';
export { renderMarkdown } from './analysis/renderMarkdown';
export { htmlReport } from './analysis/htmlReport';
