import { parseArgs, type ParseArgsConfig } from 'node:util';

import { defaultDataDir } from '../station/dataDir';
import { UsageError } from './cliError';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs in strict mode, turning its errors into usage errors (exit 2). */
export function parseOptions<O extends Options>(argv: string[], options: O): ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>> {
  try {
    return parseArgs({ args: argv, options: { ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function dataDirOption(value: unknown): string {
  if (value !== undefined && typeof value !== 'string') throw new UsageError('--data needs a folder');
  return value ?? defaultDataDir();
}

export function portOption(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got ${String(value)}`);
  return port;
}

export function requiredString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}
