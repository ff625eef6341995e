import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import log from 'electron-log/main';
import { INVOKE_CHANNEL } from '../../shared/api';
import { createBackend, type Backend } from '../backend/createBackend';
import { APP_VERSION } from '../backend/version';
import { defaultBackupFolder, newestGoodBackup, replaceDatabaseFile } from '../db/backup';
import { defaultDatabasePath } from '../paths/defaultDatabasePath';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { resolveStaticFile } from '../static/resolveStaticFile';
import {
  blockForeignNavigation,
  blockWebview,
  createInvokeHandler,
  denyNewWindow,
  denyPermissionCheck,
  denyPermissionRequest,
} from './guards';
import { applicationMenu } from './menu';
import { rememberWindow, restoredWindow } from './rememberWindow';
import { startupProblem } from './startupProblem';
import { APP_HOST, APP_SCHEME, APP_START_URL, isAllowedRequestUrl } from './trustedUrl';
import { mainWindowOptions } from './windowOptions';

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/.
const OUT_DIR = path.join(import.meta.dirname, '..');
const RENDERER_DIR = path.join(OUT_DIR, 'renderer');
const PRELOAD_PATH = path.join(OUT_DIR, 'preload', 'index.cjs');

// Uncaught errors go to the log file (the user's log folder, opened from Hjælp › Åbn logmappen).
log.errorHandler.startCatching({ showDialog: false });

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(RENDERER_DIR, url.pathname) : null;
    if (!file) return new Response('Ikke fundet', { status: 404 });
    return new Response(await fs.promises.readFile(file.path), {
      headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}

function lockDownSession(): void {
  // Offline-first: nothing leaves the machine, and the page gets no camera, location, etc.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', blockForeignNavigation);
    contents.on('will-redirect', blockForeignNavigation);
    contents.on('will-attach-webview', blockWebview);
    contents.setWindowOpenHandler(denyNewWindow);
  });
}

function registerApi(active: Backend): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    createInvokeHandler(
      (method, input) => active.router.handle(method, input),
      (url) => log.warn('Refused an API call from an untrusted frame', url),
    ),
  );
}

/** The folder electron-log writes to: the user's log folder for Samspil. */
const logFolder = () => path.dirname(log.transports.file.getFile().path);

function installMenu(databasePath: string): void {
  const menu = applicationMenu(
    {
      openDataFolder: () => void shell.openPath(path.dirname(databasePath)),
      openLogFolder: () => void shell.openPath(logFolder()),
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'Om Samspil',
          message: `Samspil ${APP_VERSION}`,
          detail: `Frivilligkonsulentens register over samarbejder med frivillige.\n\nRegistret: ${databasePath}\nLogfiler: ${logFolder()}`,
        }),
    },
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
}

function createMainWindow(): void {
  const { bounds, maximized } = restoredWindow();
  mainWindow = new BrowserWindow(mainWindowOptions(PRELOAD_PATH, bounds));
  rememberWindow(mainWindow);
  mainWindow.once('ready-to-show', () => {
    if (maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(APP_START_URL);
}

const openBackend = (file: string) =>
  createBackend(file, { logError: (error, method) => log.error(`API ${method}`, error) });

/**
 * Opens the register. A damaged one is left as it is: the user is told in plain Danish and may
 * restore the newest good backup (the damaged file is kept beside it).
 */
function openOrRecover(databasePath: string): Backend | null {
  try {
    return openBackend(databasePath);
  } catch (error) {
    log.error('Could not open the database', error);
    const problem = startupProblem(error, databasePath, () =>
      newestGoodBackup(defaultBackupFolder(databasePath)),
    );
    if (problem.kind === 'cannot-open') {
      dialog.showErrorBox(problem.title, problem.detail);
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: problem.title,
      message: problem.message,
      detail: problem.detail,
      buttons: ['Gendan sikkerhedskopien', 'Afslut'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    fs.copyFileSync(databasePath, `${databasePath}.beskadiget-${Date.now()}`);
    replaceDatabaseFile(problem.backup, databasePath);
    return openBackend(databasePath);
  }
}

async function start(): Promise<void> {
  log.info(`Samspil ${APP_VERSION} starting`);
  serveRenderer();
  lockDownSession();
  lockDownContents();
  const databasePath = defaultDatabasePath();
  backend = openOrRecover(databasePath);
  if (!backend) {
    app.quit();
    return;
  }
  try {
    backend.services().backups.dailyIfDue();
  } catch (error) {
    log.error('The daily backup failed', error);
  }
  registerApi(backend);
  installMenu(databasePath);
  createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two windows writing the same register would only confuse; the first one takes focus instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
  app.whenReady().then(start, (error: unknown) => log.error(error));
}
