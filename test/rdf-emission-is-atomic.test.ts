/**
 * A dump emission that fails half-way leaves the previous dumps exactly as they were, and no partial
 * file or temporary folder behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../src/package-catalogue.js';
import { writeDumps } from '../src/publish/dumps.js';
import type { Resource } from '../src/schema.js';
import { emitToTemp, TEST_RELEASE_DATE } from './helpers/rdf.js';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Records whose `n`-th one throws when the mapping reads its title. */
function failingAt(n: number): Resource[] {
  return resources.map((r, i) =>
    i === n
      ? ({
          ...r,
          get title(): string {
            throw new Error('disk full (simulated)');
          },
        } as Resource)
      : r,
  );
}

describe('atomic emission', () => {
  it('a failure after some files were written leaves the previous dumps untouched', async () => {
    const previous = await emitToTemp();
    const before = snapshot(previous.dir);
    let written = 0;
    await expect(
      writeDumps(previous.dir, {
        modified: '2031-01-01',
        onFileWritten: () => {
          if (++written === 4) throw new Error('killed half-way (simulated)');
        },
      }),
    ).rejects.toThrow('killed half-way');
    expect(written).toBe(4);
    expect(snapshot(previous.dir)).toEqual(before);
    expect(readdirSync(dirname(previous.dir))).toEqual(['dumps']);
  });

  it('a record that breaks the mapping half-way leaves the previous dumps untouched', async () => {
    const previous = await emitToTemp();
    const before = snapshot(previous.dir);
    await expect(writeDumps(previous.dir, { modified: TEST_RELEASE_DATE, resources: failingAt(Math.floor(resources.length / 2)) })).rejects.toThrow(
      'disk full',
    );
    expect(snapshot(previous.dir)).toEqual(before);
    expect(readdirSync(dirname(previous.dir))).toEqual(['dumps']);
  });

  it('a failed first emission creates no folder at all', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'elet-dumps-')), 'dumps');
    await expect(writeDumps(dir, { modified: TEST_RELEASE_DATE, resources: failingAt(0) })).rejects.toThrow();
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(dirname(dir))).toEqual([]);
  });

  it('a successful emission replaces the previous dumps whole', async () => {
    const previous = await emitToTemp();
    await writeDumps(previous.dir, { modified: '2031-01-01' });
    expect(readFileSync(join(previous.dir, 'catalogue-dcat.ttl'), 'utf8')).toContain('"2031-01-01"^^xsd:date');
    expect(readdirSync(dirname(previous.dir))).toEqual(['dumps']);
  });
});
