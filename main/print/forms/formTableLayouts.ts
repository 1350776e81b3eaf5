/**
 * Table rulings the forms refer to by name (`layout: 'formGrid'`), so documents
 * stay plain data; the renderer registers these with pdfmake. Thin black grid,
 * as on the printed forms.
 */
const thin = () => 0.5;
const black = () => '#000000';

export const formTableLayouts = {
  /** Bordered table with room to read: document lists, the copy tag. */
  formGrid: {
    hLineWidth: thin,
    vLineWidth: thin,
    hLineColor: black,
    vLineColor: black,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  /** The ledger's dense grid: 13 columns on a landscape page. */
  ledgerGrid: {
    hLineWidth: thin,
    vLineWidth: thin,
    hLineColor: black,
    vLineColor: black,
    paddingLeft: () => 2.5,
    paddingRight: () => 2.5,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
};

export type FormTableLayoutName = keyof typeof formTableLayouts;
