/**
 * @serialport/binding-mock with its types. Its package.json has an `exports` map
 * without a "types" condition, so TypeScript (moduleResolution Bundler) cannot
 * find its declarations through the package name; we load the CommonJS build
 * and take the types from the declaration file by path.
 */
import { createRequire } from 'node:module';
import type { CreatePortOptions, MockPortBinding } from '../../../node_modules/@serialport/binding-mock/dist/index';

export type { MockPortBinding };

/** MockBindingInterface spelled out: it extends a type TypeScript cannot resolve either. */
export interface MockBindingInterface {
  createPort(path: string, options?: CreatePortOptions): void;
  reset(): void;
  list(): Promise<Array<{ path: string }>>;
  open(options: { path: string; baudRate: number }): Promise<MockPortBinding>;
}

const require = createRequire(import.meta.url);

export const MockBinding = (require('@serialport/binding-mock') as { MockBinding: MockBindingInterface }).MockBinding;
