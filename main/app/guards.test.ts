import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/api';
import {
  blockForeignNavigation,
  blockWebview,
  createInvokeHandler,
  denyNewWindow,
  denyPermissionCheck,
  denyPermissionRequest,
} from './guards';
import { APP_START_URL } from './trustedUrl';

const cancellable = () => ({ preventDefault: vi.fn() });

describe('window guards', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem'])(
    'denies the permission %s',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(denyPermissionCheck()).toBe(false);
    },
  );

  it('lets navigation stay on our page and blocks everything else', () => {
    const inside = cancellable();
    blockForeignNavigation(inside, 'app://samspil/index.html#/matrix');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)']) {
      const outside = cancellable();
      blockForeignNavigation(outside, url);
      expect(outside.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('opens no new windows and attaches no webviews', () => {
    expect(denyNewWindow()).toEqual({ action: 'deny' });
    const attach = cancellable();
    blockWebview(attach);
    expect(attach.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('the IPC sender check', () => {
  const setUp = () => {
    const route = vi.fn(async () => ok('svar'));
    const refused = vi.fn();
    return { route, refused, invoke: createInvokeHandler(route, refused) };
  };

  it('passes calls from the top frame of our own page to the router', async () => {
    const { route, invoke } = setUp();
    const result = await invoke(
      { senderFrame: { url: APP_START_URL, parent: null } },
      'partnerships.list',
      {},
    );
    expect(result).toEqual({ ok: true, value: 'svar' });
    expect(route).toHaveBeenCalledWith('partnerships.list', {});
  });

  it.each([
    ['an iframe of our page', { url: APP_START_URL, parent: {} }],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s without reaching the router', async (_name, senderFrame) => {
    const { route, refused, invoke } = setUp();
    const result = await invoke({ senderFrame }, 'partnerships.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(route).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });
});
