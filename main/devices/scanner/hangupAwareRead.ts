/**
 * Works around a bug of @serialport/bindings-cpp 13 on Linux and macOS
 * (serialport/bindings-cpp#162): when a tty hangs up between two reads (a USB
 * scanner pulled out), read(2) returns 0 bytes (end of file) and its unixRead
 * reads again at once, forever: the stream never reports the disconnect, the
 * scanner never reconnects, and the process spins a CPU core. We give the
 * opened port a read that treats end of file as the disconnect it is, and
 * otherwise behaves as unixRead does (non-blocking read, wait on the poller).
 *
 * Applied only to ports that look like the unix bindings (an `fd` and a
 * `poller`); the Windows binding and the mock binding are left alone.
 */
import { read } from 'node:fs';
import { promisify } from 'node:util';

const readAsync = promisify(read);

/** The public fields of bindings-cpp's LinuxPortBinding / DarwinPortBinding that the read needs. */
interface UnixPortBinding {
  fd: number | null;
  readonly isOpen: boolean;
  poller: { once(event: 'readable', callback: (error: Error | null) => void): unknown };
  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }>;
}

function isUnixPortBinding(port: object): port is UnixPortBinding {
  const candidate = port as Partial<UnixPortBinding>;
  return 'fd' in port && typeof candidate.read === 'function' && typeof candidate.poller?.once === 'function';
}

/** What the stream expects when a read ends because we closed the port: no disconnect, no error. */
function canceled(): Error {
  return Object.assign(new Error('Port is not open'), { canceled: true });
}

const retryLater = new Set(['EAGAIN', 'EWOULDBLOCK', 'EINTR']);

async function readUntilData(port: UnixPortBinding, buffer: Buffer, offset: number, length: number, path: string) {
  for (;;) {
    const fd = port.fd;
    if (!port.isOpen || fd === null) throw canceled();
    try {
      const { bytesRead } = await readAsync(fd, buffer, offset, length, null);
      if (bytesRead === 0) throw Object.assign(new Error(`${path} hung up (end of file)`), { code: 'EOF', disconnect: true });
      return { buffer, bytesRead };
    } catch (error) {
      if (!retryLater.has((error as { code?: string }).code ?? '')) throw error;
      if (!port.isOpen) throw canceled();
      await new Promise<void>((resolve, reject) => port.poller.once('readable', (failure) => (failure ? reject(failure) : resolve())));
    }
  }
}

/** Replaces the port's read when it is a unix binding; returns whether it did. */
export function makeReadEndOnHangup(port: object, path: string): boolean {
  if (!isUnixPortBinding(port)) return false;
  port.read = (buffer, offset, length) => readUntilData(port, buffer, offset, length, path);
  return true;
}
