/**
 * The one origin the desktop windows may show: `app://motcua`. Everything the shell
 * trusts (navigation, IPC senders, served files) is decided by `isAppUrl`, so the
 * allow-list lives in exactly one function.
 */
export const appScheme = 'app';
export const appHost = 'motcua';
export const appOrigin = `${appScheme}://${appHost}`;

/** The URL of a client-side route such as `/kiosk`. */
export function appUrl(route: string): string {
  return new URL(route, `${appOrigin}/`).href;
}

/**
 * True only for URLs on our own origin. Compares the parsed parts, never a string
 * prefix, so `app://motcua.evil`, `app://motcua@evil` and `app://evil/motcua` fail;
 * credentials or an explicit port also fail, and so does anything unparseable.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
