import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../backend/createBackend';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { useTempFolder } from '../testing/tempFolder';
import { createRouter } from './router';
import type { Handlers } from './handlers';

const tempFolder = useTempFolder();

function backend() {
  return createBackend(path.join(tempFolder(), 'samspil.sqlite'), { actor: 'test', appVersion: '9.9.9' });
}

const demenscafe = {
  title: 'Demenscafé',
  partner: 'Ældre Sagen',
  volunteerType: 'humanitaer',
  involvement: 'hoej',
};

describe('router', () => {
  it('answers a valid call with ok and the validated value', async () => {
    const { router, close } = backend();
    const created = await router.handle('partnerships.create', demenscafe);
    expect(created).toMatchObject({ ok: true, value: { title: 'Demenscafé', quadrant: 1 } });
    expect(await router.handle('partnerships.list', undefined)).toMatchObject({
      ok: true,
      value: [{ title: 'Demenscafé' }],
    });
    expect(await router.handle('app.info', {})).toMatchObject({
      ok: true,
      value: { version: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION },
    });
    close();
  });

  it('refuses invalid input with field paths and Danish messages, and stores nothing', async () => {
    const { router, close } = backend();
    const result = await router.handle('partnerships.create', {
      ...demenscafe,
      volunteerType: 'klub',
      title: '',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Nogle felter er ikke udfyldt korrekt. Ret de markerede felter og prøv igen.',
        details: {
          fieldErrors: [
            { path: 'title', message: 'Skriv en titel på samarbejdet.' },
            {
              path: 'volunteerType',
              message:
                'Ukendt frivillig type. Tilladte værdier: folkeoplysende, humanitaer, faellesskab, enkeltperson.',
            },
          ],
        },
      },
    });
    expect(await router.handle('partnerships.list', {})).toEqual({ ok: true, value: [] });
    close();
  });

  it.each([['partnerships.drop'], ['__proto__'], ['constructor'], [42], [null]])(
    'refuses the unknown method %s',
    async (name) => {
      const { router, close } = backend();
      expect(await router.handle(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      close();
    },
  );

  // Found by the fuzz test: a cross-field check ran on a missing object and threw.
  it.each([
    ['partnerships.update', { a: { a: 1 } }],
    ['partnerships.create', "'; DROP TABLE partnerships; --"],
    ['partnerships.update', { id: 1 }],
  ])('answers %s with malformed input as a validation error', async (method, input) => {
    const { router, close } = backend();
    expect(await router.handle(method, input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    close();
  });

  it('turns a missing record into not_found', async () => {
    const { router, close } = backend();
    expect(await router.handle('partnerships.get', { id: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    close();
  });

  it('hides unexpected errors behind a Danish message and logs them', async () => {
    const logError = vi.fn();
    const failing = {
      'partnerships.list': () => {
        throw new Error('disk on fire');
      },
    } as unknown as Handlers;
    const router = createRouter(failing, { logError });
    const result = await router.handle('partnerships.list', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('Intet er gemt') },
    });
    expect(logError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'disk on fire' }),
      'partnerships.list',
    );
  });

  it('refuses output that breaks the contract instead of passing it on', async () => {
    const lying = { 'settings.get': () => ({ renewalWindowDays: 'ninety' }) } as unknown as Handlers;
    const result = await createRouter(lying).handle('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
