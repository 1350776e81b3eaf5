/**
 * Just enough of pdfmake 0.3's Node API for renderPdf.ts (pdfmake ships no
 * typings). `require('pdfmake')` is a singleton; see node_modules/pdfmake/src/index.js and base.js.
 */
declare module 'pdfmake' {
  interface PdfMakeOutput {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMakeFontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface PdfMakeTableLayout {
    hLineWidth?(index: number, node: unknown): number;
    vLineWidth?(index: number, node: unknown): number;
    hLineColor?(index: number, node: unknown): string;
    vLineColor?(index: number, node: unknown): string;
    paddingLeft?(index: number, node: unknown): number;
    paddingRight?(index: number, node: unknown): number;
    paddingTop?(index: number, node: unknown): number;
    paddingBottom?(index: number, node: unknown): number;
  }
  interface PdfMake {
    virtualfs: { writeFileSync(name: string, content: Uint8Array): void; existsSync(name: string): boolean };
    setFonts(fonts: Record<string, PdfMakeFontFaces>): void;
    setTableLayouts(layouts: Record<string, PdfMakeTableLayout>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(docDefinition: object): PdfMakeOutput;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

/**
 * pdfmake's internal modules reached by the render speed-ups (PDFDocument,
 * StyleContextStack, Renderer, TextInlines, qrEnc): CommonJS with the class or
 * object on `exports.default`, read through pdfmakeExport.
 */
declare module 'pdfmake/js/*.js' {
  const module: { default?: unknown } | ((...args: unknown[]) => unknown);
  export default module;
}
