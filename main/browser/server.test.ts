import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api';
import { createBackend, type Backend } from '../backend/createBackend';
import { useTempFolder } from '../testing/tempFolder';
import { MAX_BODY_BYTES, startBrowserServer, type BrowserServer } from './server';

const tempFolder = useTempFolder();
const TOKEN = 'test-token-123';
let running: { server: BrowserServer; backend: Backend } | null = null;

afterEach(async () => {
  await running?.server.close();
  running?.backend.close();
  running = null;
});

async function start() {
  const folder = tempFolder();
  const rendererDir = path.join(folder, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Samspil</title>');
  const backend = createBackend(path.join(folder, 'samspil.sqlite'));
  const server = await startBrowserServer({ router: backend.router, rendererDir, token: TOKEN });
  running = { server, backend };
  return server;
}

/** A raw request, so tests control every header (fetch forbids setting Host). */
function request(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: options.path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const api = (port: number, method: string, body: unknown, token = TOKEN) =>
  request(port, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(body),
  });

describe('browser mode server', () => {
  it('listens on the loopback address only and prints a URL with the token', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${String(server.port)}/?token=${TOKEN}`);
  });

  it('serves the renderer with the content security policy', async () => {
    const { port } = await start();
    const page = await request(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Samspil</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await request(port, { path: '/../../etc/passwd' })).status).toBe(404);
  });

  it('answers API calls that carry the token', async () => {
    const { port } = await start();
    const created = await api(port, 'partnerships.create', {
      title: 'Cykling uden alder',
      partner: 'Cykling uden alder Rødovre',
      volunteerType: 'faellesskab',
      involvement: 'mellem',
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { quadrant: 2 } });
  });

  it('refuses API calls without the right token with 401 and does nothing', async () => {
    const { port } = await start();
    const input = { title: 'X', partner: 'Y', volunteerType: 'faellesskab', involvement: 'lav' };
    expect((await api(port, 'partnerships.create', input, 'wrong')).status).toBe(401);
    expect((await api(port, 'partnerships.create', input, '')).status).toBe(401);
    const noHeader = await request(port, {
      path: '/api/partnerships.create',
      method: 'POST',
      body: JSON.stringify(input),
    });
    expect(noHeader.status).toBe(401);
    expect(JSON.parse((await api(port, 'partnerships.list', {})).body)).toEqual({ ok: true, value: [] });
  });

  it('is not reachable on any other address, not even another loopback one', async () => {
    const { port } = await start();
    for (const host of ['127.0.0.2', '::1']) {
      const refused = await new Promise<string>((resolve) => {
        const socket = net.connect({ host, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused, host).not.toBe('connected');
    }
  });

  it('refuses the API from another Origin even with the token, and accepts its own', async () => {
    const { port } = await start();
    const input = { title: 'X', partner: 'Y', volunteerType: 'faellesskab', involvement: 'lav' };
    for (const origin of ['https://evil.example', 'null', `https://127.0.0.1:${String(port)}`]) {
      const foreign = await request(port, {
        path: '/api/partnerships.create',
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
        body: JSON.stringify(input),
      });
      expect(foreign.status, origin).toBe(403);
    }
    const own = await request(port, {
      path: '/api/partnerships.list',
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${String(port)}`, [TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    expect(JSON.parse(own.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses GET (and other methods than POST) on the API path, with or without the token', async () => {
    const { port } = await start();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const withToken = await request(port, {
        path: '/api/partnerships.list',
        method,
        headers: { [TOKEN_HEADER]: TOKEN },
      });
      expect(withToken.status, method).toBe(405);
      expect((await request(port, { path: '/api/partnerships.list', method })).status, method).toBe(401);
    }
    expect((await request(port, { path: `/api/partnerships.list?token=${TOKEN}` })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const { port } = await start();
    const rebound = await request(port, {
      path: '/api/partnerships.list',
      method: 'POST',
      headers: { host: `evil.example:${String(port)}`, [TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
  });

  it('answers malformed and oversized bodies and unknown methods with typed errors', async () => {
    const { port } = await start();
    const headers = { [TOKEN_HEADER]: TOKEN };
    const malformed = await request(port, {
      path: '/api/partnerships.list',
      method: 'POST',
      headers,
      body: '{nope',
    });
    expect([malformed.status, JSON.parse(malformed.body).error.code]).toEqual([400, 'validation']);
    const huge = await request(port, {
      path: '/api/partnerships.list',
      method: 'POST',
      headers,
      body: 'x'.repeat(MAX_BODY_BYTES + 10),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
    const unknown = await api(port, 'partnerships.drop', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
