import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const config = YAML.parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  never
>;

describe('electron-builder.yml', () => {
  it("matches electron-builder's configuration schema", () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is checked for real: a misspelt option fails the schema', () => {
    expect(validate({ ...config, asarUnpak: ['x'] })).toBe(false);
  });

  it('names the app Samspil and builds a per-user Danish NSIS installer, an AppImage and a deb', () => {
    expect(config).toMatchObject({ appId: 'dk.samspil.app', productName: 'Samspil' });
    expect(config.win).toMatchObject({ target: [{ target: 'nsis' }] });
    expect(config.nsis).toMatchObject({ perMachine: false, installerLanguages: ['da_DK'] });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('unpacks the SQLite addon from the asar and never rebuilds it itself', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(config.npmRebuild).toBe(false);
  });

  it('sets the security fuses (SECURITY.md, item 19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
  });
});

describe('electron-builder.ci.yml (the packaging smoke test)', () => {
  const ci = YAML.parse(fs.readFileSync(path.join(ROOT, 'electron-builder.ci.yml'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('matches the schema and builds on the real configuration', () => {
    expect(validate(ci), JSON.stringify(validate.errors)).toBe(true);
    expect(ci.extends).toBe('./electron-builder.yml');
  });

  it('packs around a stub Electron, rebuilds nothing, and makes only an unpacked Linux folder', () => {
    expect(ci).toMatchObject({
      electronDist: 'node_modules/.cache/samspil-packaging/electron-stub',
      npmRebuild: false,
      nodeGypRebuild: false,
      electronFuses: null,
      linux: { target: 'dir' },
    });
    expect((ci.directories as { buildResources: string }).buildResources).toBe(
      (config.directories as unknown as { buildResources: string }).buildResources,
    );
  });

  it('ships only runtime code: better-sqlite3 is a dependency, the UI libraries are bundled', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(expect.arrayContaining(['better-sqlite3', 'zod']));
    expect(Object.keys(packageJson.dependencies)).not.toContain('react');
    expect(fs.existsSync(path.join(ROOT, 'resources', 'icon.png'))).toBe(true);
  });
});
