/** The custom scheme and host our renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samspil';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for pages of our own bundled renderer: anything else may not be shown or call the API. */
export function isTrustedAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

export interface SenderFrame {
  url: string;
  /** Whether the frame is the window's top frame (not an iframe). */
  isTopFrame: boolean;
}

/** An IPC call is accepted only from the top frame of our own page (VS Code's sender check). */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.isTopFrame && isTrustedAppUrl(frame.url);
}

/**
 * The only requests the app's session may make: its own bundle, plus devtools internals.
 * Offline-first means no request ever leaves the machine.
 */
export function isAllowedRequestUrl(url: string): boolean {
  return (
    isTrustedAppUrl(url) ||
    url.startsWith('devtools://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:app://samspil/')
  );
}
