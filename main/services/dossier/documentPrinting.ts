/** What the intake asks of a document printer (A4, the OS spooler); the station plugs one in. */
export interface DocumentPrinterPort {
  /** Sends a PDF to the printer; resolves with where it went, rejects with an AppError. */
  print(pdf: Buffer, fileName: string, copies: number): Promise<{ destination: string }>;
}
