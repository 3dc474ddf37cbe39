/** The shapes of the bundled history live with the evidence layer that takes them (src/evidence/panelTypes.ts). */
export type {
  CountryRecord,
  DyadicPanel,
  NationalPanel,
  ReportedStatement,
  TargetRow,
  TradeSource,
} from '../evidence/panelTypes';
