/**
 * @serialport/binding-mock, plus what it cannot pretend by itself: a cable
 * pulled out (the pending read fails, the port disappears until plugged back)
 * and a port the OS refuses to open (EACCES, a lock held elsewhere).
 *
 * Its package.json has an `exports` map without a "types" condition, so the
 * CommonJS build is loaded with require and typed from its declaration file.
 */
import { createRequire } from 'node:module';
import type { CreatePortOptions, MockPortBinding } from '../../../node_modules/@serialport/binding-mock/dist/index';
import type { SerialBinding } from '../../../main/devices/scanner/serialScanner';

interface MockBindingInterface {
  createPort(path: string, options?: CreatePortOptions): void;
  reset(): void;
  open(options: { path: string; baudRate: number }): Promise<MockPortBinding>;
}

const require = createRequire(import.meta.url);
export const MockBinding = (require('@serialport/binding-mock') as { MockBinding: MockBindingInterface }).MockBinding;

type ReadResult = { buffer: Buffer; bytesRead: number };

export class PluggableMockBinding implements SerialBinding {
  /** The port as the driver opened it; `emitData` on it is the scanner sending bytes. */
  opened: MockPortBinding | null = null;
  opens = 0;
  private refusal: Error | null = null;
  private unplugged = false;
  private pullCable: ((error: Error) => void) | null = null;

  /** The next opens fail with `error` (as the native binding words it) until `allowOpen()`. */
  refuseOpen(error: Error): void {
    this.refusal = error;
  }

  allowOpen(): void {
    this.refusal = null;
  }

  async open(options: { path: string; baudRate: number }): Promise<object> {
    this.opens += 1;
    if (this.refusal) throw this.refusal;
    if (this.unplugged) throw new Error(`Error: No such file or directory, cannot open ${options.path}`);
    const port = await MockBinding.open(options);
    const cable = new Promise<never>((_, reject) => {
      this.pullCable = reject;
    });
    cable.catch(() => undefined);
    const read = port.read.bind(port);
    // Like a USB CDC device yanked out: the read in progress fails with EIO.
    port.read = (buffer: Buffer, offset: number, length: number): Promise<ReadResult> => Promise.race([read(buffer, offset, length), cable]);
    this.opened = port;
    return port;
  }

  unplug(): void {
    this.unplugged = true;
    this.pullCable?.(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    this.pullCable = null;
    this.opened = null;
  }

  plugIn(): void {
    this.unplugged = false;
  }
}
