/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode.
 * Everything comes from our own origin; nothing remote can load, connect or frame us.
 * Styles allow inline because Fluent UI (Griffel) injects its atomic CSS at run time;
 * scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
