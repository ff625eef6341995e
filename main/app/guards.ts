import type { ApiResult } from '../../shared/api';
import { fail } from '../../shared/api';
import { isTrustedAppUrl, isTrustedSender } from './trustedUrl';

// The window's security handlers as plain functions, so the tests can call them without Electron.

/** Any event Electron lets us cancel (navigation, redirects, webview attachment). */
interface Cancellable {
  preventDefault(): void;
}

/** Camera, microphone, location, notifications, …: Samspil needs none of them, so none is granted. */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** The synchronous twin of the permission request: every permission check answers no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** Navigation (and redirects) may only stay on our own bundled page. */
export function blockForeignNavigation(event: Cancellable, url: string): void {
  if (!isTrustedAppUrl(url)) event.preventDefault();
}

/** No page may open a new window: links to the web are never opened from the register. */
export function denyNewWindow(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `<webview>` is off in the window options; this refuses one even if that ever changed. */
export function blockWebview(event: Cancellable): void {
  event.preventDefault();
}

/** The part of Electron's IPC event the sender check reads. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * The handler for the one IPC channel: only the top frame of our own page reaches the router;
 * anything else (an iframe, a foreign page, a destroyed frame) gets a typed refusal.
 */
export function createInvokeHandler(
  route: (method: unknown, input: unknown) => Promise<ApiResult<unknown>>,
  onRefused: (url: string | undefined) => void,
) {
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame && { url: frame.url, isTopFrame: frame.parent === null })) {
      onRefused(frame?.url);
      return fail('unauthorized', 'Kaldet kom ikke fra Samspils eget vindue og er afvist.');
    }
    return route(method, input);
  };
}
