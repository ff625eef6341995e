import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/api/transport';

// The renderer gets one function and nothing else; main checks the method name and the sender.
contextBridge.exposeInMainWorld('samspilBridge', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
});
