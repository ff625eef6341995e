import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, METHOD_NAMES, type MethodName } from '../../shared/api';
import { createBackend } from '../backend/createBackend';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();
const RUNS_PER_METHOD = 40;

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bund';
  for (let n = 0; n < depth; n++) value = { a: value, fields: [value] };
  return value;
}

/** Keys an attacker (or a broken client) might send: real field names and prototype tricks. */
const KEY = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'ids',
  'title',
  'partner',
  'name',
  'fields',
  'fileName',
  'folder',
  'contentBase64',
  'query',
  'date',
);

const NASTY_STRING = fc.constantFrom(
  "'; DROP TABLE partnerships; --",
  '1 OR 1=1; DELETE FROM units; --',
  "x' UNION SELECT sqlite_version() --",
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  ']]><w:p/>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  '\u0000',
  '\uFEFF\u202E',
  '../../../../etc/passwd',
  'x'.repeat(100_000),
  'æøå'.repeat(400_000),
);

const hostile = fc.oneof(
  fc.anything(),
  NASTY_STRING,
  fc.dictionary(KEY, fc.oneof(NASTY_STRING, fc.anything())),
  fc.record({ id: fc.oneof(fc.integer(), fc.double(), fc.string(), NASTY_STRING), fields: fc.anything() }),
  fc.letrec((tie) => ({
    deep: fc.oneof({ depthSize: 'small' }, fc.constant(1), fc.record({ a: tie('deep') })),
  })).deep,
  fc.constant(deeplyNested(2_000)),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  ),
  fc.constant(Array.from({ length: 100_000 }, (_, n) => n)),
);

/** The register's bytes on disk (main file and WAL): what a failed call must leave exactly as it was. */
function fingerprint(databasePath: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of [databasePath, `${databasePath}-wal`])
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'absent');
  return hash.digest('hex');
}

/**
 * Keeps the fuzzer's file paths inside the test's folder: a valid-looking `backups.setFolder`
 * creates the folder it is given, and the fuzzer must not litter the repository or the disk.
 */
function sandboxed(method: MethodName, input: unknown, sandbox: string): unknown {
  if (method !== 'backups.setFolder' || typeof input !== 'object' || input === null) return input;
  const folder = (input as { folder?: unknown }).folder;
  if (typeof folder !== 'string') return input;
  return { ...input, folder: path.join(sandbox, path.resolve('/', folder.replaceAll('\0', ''))) };
}

describe('the API under attack', () => {
  it.each(METHOD_NAMES)(
    '%s answers malformed input with a result or a typed error, and a failed call changes no byte',
    async (method) => {
      const folder = tempFolder();
      const databasePath = path.join(folder, 'samspil.sqlite');
      const backend = createBackend(databasePath);
      const seeded = await backend.router.handle('partnerships.create', {
        title: 'Demenscafé',
        partner: 'Ældre Sagen',
        volunteerType: 'humanitaer',
        involvement: 'mellem',
      });
      expect(seeded.ok).toBe(true);
      try {
        await fc.assert(
          fc.asyncProperty(hostile, async (raw) => {
            const before = fingerprint(databasePath);
            const result = await backend.router.handle(method, sandboxed(method, raw, folder));
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) {
              expect(API_ERROR_CODES).toContain(result.error.code);
              expect(result.error.code, result.error.message).not.toBe('internal');
              expect(result.error.message.length).toBeGreaterThan(0);
              expect(fingerprint(databasePath)).toBe(before);
            }
          }),
          { numRuns: RUNS_PER_METHOD },
        );
      } finally {
        backend.close();
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect({}).not.toHaveProperty('polluted');
    },
    60_000,
  );
});
