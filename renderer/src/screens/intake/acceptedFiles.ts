/**
 * The scans the station keeps: PDF, JPEG and PNG, known by the file name or by
 * the type the browser reports. One list for the file picker and for the check of
 * dropped files.
 */
const acceptedKinds = [
  { extensions: ['.pdf'], type: 'application/pdf' },
  { extensions: ['.jpg', '.jpeg'], type: 'image/jpeg' },
  { extensions: ['.png'], type: 'image/png' },
] as const;

/** The file picker's `accept`: every extension, then every type. */
export const acceptedFiles = [...acceptedKinds.flatMap((kind) => kind.extensions), ...acceptedKinds.map((kind) => kind.type)].join(',');

export function isAcceptedFile(file: { name: string; type: string }): boolean {
  const name = file.name.toLowerCase();
  return acceptedKinds.some((kind) => kind.type === file.type || kind.extensions.some((extension) => name.endsWith(extension)));
}
