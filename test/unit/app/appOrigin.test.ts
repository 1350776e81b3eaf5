import { describe, expect, it } from 'vitest';
import { appOrigin, appUrl, isAppUrl } from '../../../main/app/appOrigin';

describe('the URL allow-list', () => {
  it.each(['app://motcua/', 'app://motcua', 'app://motcua/kiosk', 'app://motcua/counter/3?tab=1#top', 'app://motcua/assets/index-abc.js'])(
    'accepts our own origin: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    ['file', 'file:///etc/passwd'],
    ['file on the renderer folder', 'file:///opt/motcua/dist/renderer/index.html'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://motcua/1234'],
    ['remote http', 'http://example.com/'],
    ['remote https', 'https://motcua.vn/'],
    ['http on our host name', 'http://motcua/'],
    ['a longer look-alike host', 'app://motcua.evil/'],
    ['a host ending in ours', 'app://evilmotcua/'],
    ['our name as a user name', 'app://motcua@evil/'],
    ['our name in the path of another host', 'app://evil/motcua'],
    ['credentials', 'app://user:secret@motcua/'],
    ['a user name alone', 'app://user@motcua/'],
    ['an explicit port', 'app://motcua:8080/'],
    ['no authority', 'app:motcua/kiosk'],
    ['an empty host', 'app:///motcua'],
    ['a percent-encoded host', 'app://motcu%61/'],
    ['a trailing-dot host', 'app://motcua./'],
    ['an unparseable URL', 'not a url'],
    ['an empty string', ''],
    ['a bare path', '/kiosk'],
  ])('rejects %s', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('builds route URLs that it accepts', () => {
    expect(appOrigin).toBe('app://motcua');
    expect(appUrl('/kiosk')).toBe('app://motcua/kiosk');
    expect(appUrl('/')).toBe('app://motcua/');
    expect(isAppUrl(appUrl('/display'))).toBe(true);
  });
});
