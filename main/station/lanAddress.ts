/**
 * The address other devices on the LAN reach this station at: the host it was
 * told to listen on, or, when it listens on every interface, its first private
 * IPv4 address (what a phone scanning a ticket's QR can open).
 */
import { networkInterfaces } from 'node:os';

export function firstLanIpv4(interfaces = networkInterfaces()): string | null {
  for (const list of Object.values(interfaces)) {
    for (const address of list ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return null;
}

export function publicLanUrl(host: string, port: number, interfaces = networkInterfaces()): string {
  const shown = host === '0.0.0.0' || host === '::' ? (firstLanIpv4(interfaces) ?? '127.0.0.1') : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}
