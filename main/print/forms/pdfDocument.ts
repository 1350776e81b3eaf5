/**
 * The part of pdfmake's document definition the forms use, typed here because
 * pdfmake ships no typings. Everything is plain data (no callbacks): a layout can
 * be inspected in tests, cloned, or sent over IPC for a preview, and the table
 * rulings are referred to by name (see formTableLayouts.ts).
 */

export type Margins = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: Alignment;
  color?: string;
  lineHeight?: number;
  characterSpacing?: number;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  decorationThickness?: number;
  preserveLeadingSpaces?: boolean;
  noWrap?: boolean;
  /** First-line indent of a paragraph. */
  leadingIndent?: number;
}

/** What every node may carry besides its own fields. */
export interface NodeProps extends TextStyle {
  style?: string | string[];
  margin?: Margins;
  pageBreak?: 'before' | 'after';
  absolutePosition?: { x: number; y: number };
  width?: number | '*' | 'auto';
  /** Keeps a stack on one page when it fits. */
  unbreakable?: boolean;
  /** For table cells. */
  colSpan?: number;
  rowSpan?: number;
  verticalAlignment?: 'top' | 'middle' | 'bottom';
}

export type InlineText = string | (TextStyle & { text: string | InlineText[] });

export interface TextNode extends NodeProps {
  text: string | InlineText[];
}

export interface StackNode extends NodeProps {
  stack: PdfContent[];
}

export interface ColumnsNode extends NodeProps {
  columns: PdfContent[];
  columnGap?: number;
}

export interface TableNode extends NodeProps {
  table: {
    widths: (number | '*' | 'auto')[];
    body: PdfContent[][];
    headerRows?: number;
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
  };
  /** A layout registered with the renderer, by name. */
  layout?: string;
}

export interface QrNode extends NodeProps {
  qr: string;
  fit: number;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
}

/** A picture by data URL (the forms use it only for QR symbols, see qrAsImage.ts). */
export interface ImageNode extends NodeProps {
  image: string;
  width: number;
  height: number;
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
}

export interface CanvasNode extends NodeProps {
  canvas: CanvasLine[];
}

export type PdfContent = string | PdfContent[] | TextNode | StackNode | ColumnsNode | TableNode | QrNode | ImageNode | CanvasNode;

export interface Watermark {
  text: string;
  color?: string;
  opacity?: number;
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  angle?: number;
}

/** A whole document, ready for renderPdf. */
export interface PdfDocument {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  info?: { title?: string; subject?: string; author?: string; creator?: string; producer?: string };
  /** Static content repeated in the top margin of every page. */
  header?: PdfContent;
  watermark?: Watermark;
  content: PdfContent[];
  styles?: Record<string, NodeProps>;
  defaultStyle?: TextStyle;
}
