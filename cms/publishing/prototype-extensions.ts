/**
 * drizzle-kit, which Payload loads to push the schema in development (`npm run dev`'s SQLite), adds
 * enumerable methods to `Array.prototype` (`random`) and `String.prototype`. ElectroDB walks arrays with
 * `for…in`: a list would be written with that function as an element, and an entity built afterwards
 * fails on the extra "access pattern" (`Cannot read properties of undefined (reading 'index')`). Making
 * such additions non-enumerable again restores plain arrays and strings. Idempotent and cheap, so it runs
 * before every use of the read model: the extensions can arrive at any time (the next schema push).
 */
export function hideEnumerablePrototypeExtensions(): void {
  for (const prototype of [Array.prototype, String.prototype, Object.prototype]) {
    for (const name of Object.keys(prototype)) Object.defineProperty(prototype, name, { enumerable: false });
  }
}
