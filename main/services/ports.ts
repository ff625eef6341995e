/** What the services need from the outside world; the app, CLI, browser mode and tests each supply their own. */
export interface Ports {
  /** Current time; injected so tests and the audit log agree on it. */
  now(): Date;
  /** Who is working, for the audit log (the OS user name in the app and CLI). */
  actor: string;
  appVersion: string;
  /** The municipality's logo for document letterheads, or null for none. */
  logo(): { data: Uint8Array; type: 'png' | 'jpg' } | null;
  /** Closes the register, puts the checked backup in its place and opens it again. */
  replaceRegister(backupFile: string): void;
}
