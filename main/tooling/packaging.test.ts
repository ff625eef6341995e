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

  it('unpacks better-sqlite3 from the asar and never rebuilds it itself', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(config.npmRebuild).toBe(false);
  });

  it('ships only runtime code: better-sqlite3 is a dependency, the UI libraries are bundled', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(expect.arrayContaining(['better-sqlite3', 'zod']));
    expect(Object.keys(packageJson.dependencies)).not.toContain('react');
    expect(fs.existsSync(path.join(ROOT, 'resources', 'icon.png'))).toBe(true);
  });
});
