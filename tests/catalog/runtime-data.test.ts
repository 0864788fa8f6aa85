import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_RUNTIME,
  AGENCY_SOURCES,
  agencyFiles,
  runtimeAgencyText,
} from '../../scripts/generate-catalog-runtime.js';

const sourceOf = (file: string) => readFileSync(join(AGENCY_SOURCES, file), 'utf8');

describe('the agencies the app loads', () => {
  it.each(agencyFiles())(
    'are data/agencies/%s without provenance (else: npm run catalog:generate)',
    (file) => {
      expect(readFileSync(join(AGENCY_RUNTIME, file), 'utf8')).toBe(
        runtimeAgencyText(file, sourceOf(file)),
      );
    },
  );

  it('has no generated copy of an agency that left data/agencies', () => {
    expect(readdirSync(AGENCY_RUNTIME).sort()).toEqual(agencyFiles());
  });

  it('drops the sources and keeps every other fact, the phone lines included', () => {
    const source = JSON.parse(sourceOf('uwv.json')) as {
      phones: { number: string; source: string }[];
    };
    const runtime = JSON.parse(runtimeAgencyText('uwv.json', sourceOf('uwv.json'))) as Record<
      string,
      unknown
    > & { phones: Record<string, unknown>[] };
    expect(runtime).not.toHaveProperty('sources');
    expect(runtime.phones.map((line) => line.number)).toEqual(
      source.phones.map((line) => line.number),
    );
    expect(runtime.phones.every((line) => !('source' in line))).toBe(true);
    expect(Object.keys(runtime)).toContain('topics');
  });

  it.each([
    ['an agency without its sources', (agency: Record<string, unknown>) => delete agency.sources],
    [
      'a phone line without the source of its number',
      (agency: Record<string, unknown>) =>
        delete (agency.phones as Record<string, unknown>[])[0]?.source,
    ],
  ])('refuses %s', (_, spoil) => {
    const agency = JSON.parse(sourceOf('uwv.json')) as Record<string, unknown>;
    spoil(agency);
    expect(() => runtimeAgencyText('uwv.json', JSON.stringify(agency))).toThrow(
      /data\/agencies\/uwv\.json/,
    );
  });
});
