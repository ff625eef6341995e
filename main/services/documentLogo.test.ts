import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiFailure, partnershipFieldsSchema } from '../../shared/api';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { testPorts } from '../testing/testPorts';
import { useTempFolder } from '../testing/tempFolder';
import { createServices } from './index';

const tempFolder = useTempFolder();
const DEFAULT_LOGO = fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/logo.png'));

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  return createServices(
    createRepositories(db),
    testPorts('2026-11-24T12:00:00Z', { logo: () => ({ data: DEFAULT_LOGO, type: 'png' }) }),
  );
}

/** The smallest JPEG header that says how big it is: 128 × 32 pixels, a wide logo. */
const WIDE_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x20, 0x00, 0x80, 0x01,
  0x01, 0x11, 0x00, 0xff, 0xd9,
]);

describe('the documents’ logo', () => {
  it('uses the municipality’s own logo in every agreement, in its own proportions, until reset', async () => {
    const services = setup();
    expect(services.logo.get()).toMatchObject({ type: 'png', custom: false });
    const id = services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Café',
        partner: 'Ældre Sagen',
        volunteerType: 'humanitaer',
        involvement: 'hoej',
      }),
    ).id;

    expect(
      services.logo.set({ fileName: 'kommune.jpg', contentBase64: WIDE_JPEG.toString('base64') }),
    ).toMatchObject({
      fileName: 'kommune.jpg',
      type: 'jpg',
      custom: true,
    });
    const files = unzipSync(Buffer.from((await services.agreements.generate(id)).contentBase64, 'base64'));
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/'))).toEqual([
      expect.stringMatching(/\.jpe?g$/),
    ]);
    const header = Object.keys(files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
    // 160 × 40 points: four times as wide as high, like the picture.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(header) ?? [];
    expect(Number(cx) / Number(cy)).toBe(4);

    expect(services.logo.reset()).toMatchObject({ type: 'png', custom: false });
  });

  it('refuses what is not a PNG or JPEG and keeps the logo it had', () => {
    const services = setup();
    services.logo.set({ fileName: 'kommune.jpg', contentBase64: WIDE_JPEG.toString('base64') });
    expect(() =>
      services.logo.set({
        fileName: 'logo.png',
        contentBase64: Buffer.from('ikke et billede').toString('base64'),
      }),
    ).toThrow(ApiFailure);
    expect(services.logo.get()?.fileName).toBe('kommune.jpg');
  });
});
