import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX, TOKEN_HEADER, fail } from '../../shared/api';
import type { Router } from '../ipc';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { resolveStaticFile } from '../static/resolveStaticFile';

/** Largest accepted request body; a bigger one is refused before it is read into memory. */
// Room for an imported spreadsheet (20 MB, base64-encoded) and its JSON envelope.
export const MAX_BODY_BYTES = 28 * 1024 * 1024;

export interface BrowserServerOptions {
  router: Router;
  rendererDir: string;
  token: string;
  port?: number;
}

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function createToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the API router on 127.0.0.1 only. The API needs the per-run
 * token; the Host header must name the loopback address, so a web page elsewhere cannot reach
 * the register through DNS rebinding.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  let port = options.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${String(port)}`, `localhost:${String(port)}`]);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Der skete en uventet fejl i serveren.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendJson(res, 403, fail('unauthorized', 'Forkert værtsnavn.'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? ''}`);
    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      await handleApi(req, res, url.pathname.slice(API_PATH_PREFIX.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, fail('unauthorized', 'Metoden er ikke tilladt.'));
      return;
    }
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ikke fundet');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.contentType });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file.path).pipe(res);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
  ): Promise<void> {
    // A page from another origin never gets in, even if it somehow learnt the token.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, fail('unauthorized', 'Kald fra en anden hjemmeside er afvist.'));
      return;
    }
    if (!tokenMatches(options.token, req.headers[TOKEN_HEADER])) {
      sendJson(
        res,
        401,
        fail('unauthorized', 'Adgang nægtet: åbn Samspil med den adresse, som npm run browser skrev.'),
      );
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('unauthorized', 'API-kald skal bruge POST.'));
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, fail('validation', 'Forespørgslen er for stor.'));
      return;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      sendJson(res, 400, fail('validation', 'Forespørgslen er ikke gyldig JSON.'));
      return;
    }
    sendJson(res, 200, await options.router.handle(decodeURIComponent(method), input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${String(port)}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
