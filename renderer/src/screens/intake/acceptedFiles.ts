/**
 * The scans the station keeps (the contract's attachmentKinds), known by the file
 * name or by the type the browser reports. One list for the file picker and for
 * the check of dropped files.
 */
import { attachmentExtensions, attachmentKinds } from '@contract';

/** The file picker's `accept`: every extension, then every type. */
export const acceptedFiles = [...attachmentExtensions, ...attachmentKinds.map((kind) => kind.mediaType)].join(',');

export function isAcceptedFile(file: { name: string; type: string }): boolean {
  const name = file.name.toLowerCase();
  return attachmentKinds.some((kind) => kind.mediaType === file.type || kind.extensions.some((extension) => name.endsWith(extension)));
}
