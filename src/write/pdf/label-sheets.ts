// Address-label sheets. Measurements from the manufacturers' templates:
// - 'a4-3x7': Avery L7160 (and its many compatibles, e.g. J8160): 21 labels 63.5 × 38.1 mm in 3
//   columns and 7 rows on A4, top margin 15.15 mm, left 7.25 mm, column pitch 66.04 mm (2.54 mm
//   gap), no gap between rows. Chosen over the edge-to-edge 70 × 42.3 mm sheets because its
//   margins suit printers that cannot print to the edge.
// - 'avery-5160': US Letter, 30 labels 2 5/8 × 1 in in 3 columns and 10 rows, top margin 1/2 in,
//   left 3/16 in, 1/8 in between columns, no gap between rows.
import { INCH, MM, type Rect, type Size } from './layout.js';

export const LABEL_SHEETS = ['a4-3x7', 'avery-5160'] as const;
export type LabelSheetName = (typeof LABEL_SHEETS)[number];

export interface LabelSheet {
  name: LabelSheetName;
  pdfSize: 'A4' | 'LETTER';
  page: Size;
  columns: number;
  rows: number;
  label: Size;
  /** Top-left corner of the first label, and the distance from one label to the next. */
  origin: { x: number; y: number };
  pitch: { x: number; y: number };
  /** Blank border inside each label, kept free of text. */
  padding: { x: number; y: number };
}

export const LABEL_SHEET_SPECS: Readonly<Record<LabelSheetName, LabelSheet>> = {
  'a4-3x7': {
    name: 'a4-3x7',
    pdfSize: 'A4',
    page: { width: 210 * MM, height: 297 * MM },
    columns: 3,
    rows: 7,
    label: { width: 63.5 * MM, height: 38.1 * MM },
    origin: { x: 7.25 * MM, y: 15.15 * MM },
    pitch: { x: 66.04 * MM, y: 38.1 * MM },
    padding: { x: 5 * MM, y: 4 * MM },
  },
  'avery-5160': {
    name: 'avery-5160',
    pdfSize: 'LETTER',
    page: { width: 8.5 * INCH, height: 11 * INCH },
    columns: 3,
    rows: 10,
    label: { width: 2.625 * INCH, height: 1 * INCH },
    origin: { x: 0.1875 * INCH, y: 0.5 * INCH },
    pitch: { x: 2.75 * INCH, y: 1 * INCH },
    padding: { x: 0.15 * INCH, y: 0.08 * INCH },
  },
};

export function isLabelSheet(name: string): name is LabelSheetName {
  return (LABEL_SHEETS as readonly string[]).includes(name);
}

/** The text area of label `index` (0-based, row by row) on its sheet, and the sheet's number. */
export function labelBox(sheet: LabelSheet, index: number): { page: number; box: Rect } {
  const perPage = sheet.columns * sheet.rows;
  const onPage = index % perPage;
  const column = onPage % sheet.columns;
  const row = Math.floor(onPage / sheet.columns);
  return {
    page: Math.floor(index / perPage),
    box: {
      x: sheet.origin.x + column * sheet.pitch.x + sheet.padding.x,
      y: sheet.origin.y + row * sheet.pitch.y + sheet.padding.y,
      width: sheet.label.width - 2 * sheet.padding.x,
      height: sheet.label.height - 2 * sheet.padding.y,
    },
  };
}
