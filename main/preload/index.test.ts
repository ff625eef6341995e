import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../shared/api/transport';

// The preload runs inside Electron; here Electron's two objects are stand-ins that record what
// the preload hands to the page.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: [] })) },
}));
vi.mock('electron', () => electron);

beforeAll(async () => {
  await import('./index');
});

describe('the preload', () => {
  it('gives the page one object with one function, and no Electron object (SECURITY.md, item 20)', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, object];
    expect(name).toBe('samspilBridge');
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('sends every call over the one checked channel', async () => {
    const [, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { invoke: (method: string, input: unknown) => Promise<unknown> },
    ];
    await expect(bridge.invoke('partnerships.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      INVOKE_CHANNEL,
      'partnerships.list',
      {},
    );
  });
});
