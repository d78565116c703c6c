import { createHash } from 'node:crypto';

/**
 * JSON with every object's keys in order and sets as sorted arrays: two copies of an item that hold the same
 * data give the same text, whatever order a scan, a restore or a database returned their attributes in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (value instanceof Set) return [...value].map(sorted).sort(byCanonicalText);
  if (Array.isArray(value)) return value.map(sorted);
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return { base64: Buffer.from(value as Uint8Array).toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, field]) => [key, sorted(field)]),
    );
  }
  return value;
}

const byCanonicalText = (a: unknown, b: unknown) => {
  const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * One part of the data as the drill compares it: each item's canonical JSON by a name that says which item it
 * is (its table key, its row id), so that a difference names the item.
 */
export type ItemSet = Map<string, string>;

/** A part's figures: how many items, and a sha256 over every item's name and canonical JSON, in name order. */
export interface PartFigures {
  count: number;
  digest: string;
}

export function figuresOf(items: ItemSet): PartFigures {
  const hash = createHash('sha256');
  for (const name of [...items.keys()].sort()) hash.update(`${name}\n${items.get(name)}\n`);
  return { count: items.size, digest: hash.digest('hex') };
}

/** The named items missing from `after`, added in it, or changed: empty when the two are equal. */
export function differencesOf(before: ItemSet, after: ItemSet): string[] {
  const differences: string[] = [];
  for (const [name, item] of before) {
    if (!after.has(name)) differences.push(`missing ${name}`);
    else if (after.get(name) !== item) differences.push(`changed ${name}`);
  }
  for (const name of after.keys()) if (!before.has(name)) differences.push(`added ${name}`);
  return differences;
}
