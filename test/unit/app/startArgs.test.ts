import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopLanOption, headlessStationArgs, parseStartArgs, stationDataDir, type StartArgs } from '../../../main/cli/startArgs';

function parsed(argv: string[]): StartArgs {
  const result = parseStartArgs(argv);
  if (!result.ok) throw new Error(result.message);
  return result.args;
}

describe('the flags of motcua start', () => {
  it('no flags: the role picker, default data, no LAN server', () => {
    expect(parsed([])).toEqual({ role: null, dataDir: null, lanHost: null, lanPort: null, headless: false, unknown: [] });
  });

  it('reads --flag value and --flag=value', () => {
    expect(parsed(['--role', 'kiosk', '--data=/srv/motcua', '--lan-port', '8686', '--lan-host=192.168.1.10', '--headless'])).toEqual({
      role: 'kiosk',
      dataDir: '/srv/motcua',
      lanHost: '192.168.1.10',
      lanPort: 8686,
      headless: true,
      unknown: [],
    });
  });

  it('takes the spellings of motcua station too', () => {
    expect(parsed(['--port', '9000', '--host', '127.0.0.1'])).toMatchObject({ lanPort: 9000, lanHost: '127.0.0.1' });
  });

  it.each(['kiosk', 'counter', 'display', 'admin'])('accepts the role %s', (role) => {
    expect(parsed(['--role', role]).role).toBe(role);
  });

  it('refuses an unknown role, a bad port and a missing value, in Vietnamese', () => {
    for (const argv of [['--role', 'root'], ['--lan-port', '70000'], ['--lan-port', '80a'], ['--port', '-1'], ['--data'], ['--role', '--headless']]) {
      const result = parseStartArgs(argv);
      expect(result.ok, argv.join(' ')).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^(Vai trò|Cổng|Thiếu)/);
    }
  });

  it("collects arguments it does not know (Electron's argv carries Chromium's)", () => {
    expect(parsed(['/work/main', '--role', 'display', '--no-sandbox']).unknown).toEqual(['/work/main', '--no-sandbox']);
  });
});

describe('what the flags mean', () => {
  it('--data wins over MOTCUA_DATA', () => {
    expect(stationDataDir({ dataDir: '/a' }, { MOTCUA_DATA: '/b' })).toBe(path.resolve('/a'));
    expect(stationDataDir({ dataDir: null }, { MOTCUA_DATA: '/b' })).toBe(path.resolve('/b'));
  });

  it('the desktop app serves the LAN only with a port', () => {
    expect(desktopLanOption({ lanHost: null, lanPort: null })).toBeNull();
    expect(desktopLanOption({ lanHost: null, lanPort: 8686 })).toEqual({ host: '0.0.0.0', port: 8686 });
    expect(desktopLanOption({ lanHost: '10.0.0.2', lanPort: 8686 })).toEqual({ host: '10.0.0.2', port: 8686 });
  });

  it('the headless fallback passes only the given choices on to motcua station', () => {
    expect(headlessStationArgs({ dataDir: null, lanHost: null, lanPort: null })).toEqual([]);
    expect(headlessStationArgs({ dataDir: '/srv/d', lanHost: '0.0.0.0', lanPort: 9000 })).toEqual(['--data', '/srv/d', '--host', '0.0.0.0', '--port', '9000']);
  });
});
