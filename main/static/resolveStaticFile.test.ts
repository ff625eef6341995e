import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder';
import { resolveStaticFile } from './resolveStaticFile';

const tempFolder = useTempFolder();

function site() {
  const parent = tempFolder();
  const root = path.join(parent, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(parent, 'secret.json'), '{}');
  return root;
}

describe('resolveStaticFile', () => {
  it('serves the index page and assets with their content type', () => {
    const root = site();
    expect(resolveStaticFile(root, '/')).toEqual({
      path: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/assets/app.js')?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../secret.json',
    '/assets/../../secret.json',
    '/%2e%2e/secret.json',
    '/..%2fsecret.json',
    '/..\\secret.json',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (urlPath) => expect(resolveStaticFile(site(), urlPath)).toBeNull());

  it('refuses folders, missing files and unknown file types', () => {
    const root = site();
    fs.writeFileSync(path.join(root, 'notes.txt'), '');
    expect(resolveStaticFile(root, '/assets')).toBeNull();
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/notes.txt')).toBeNull();
  });
});
