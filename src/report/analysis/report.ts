import type { Table } from '../table';

/** One section of a {@link Report}: text, tables and, for HTML, charts. */
export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  /** Paragraphs before the tables. */
  readonly text: readonly string[];
  readonly tables: readonly Table[];
  /** Lines after the tables: how to read them, assumptions. */
  readonly notes: readonly string[];
  /** SVG charts, made only when asked for (text reports never pay for them). */
  readonly charts?: () => readonly string[];
}

/** A report: what `analysisReport` builds and the renderers write as text, Markdown or HTML. */
export interface Report {
  readonly title: string;
  readonly sections: readonly ReportSection[];
}
