/**
 * drizzle-kit, which Payload loads to push the schema in development, adds an enumerable
 * `Array.prototype.random`. ElectroDB walks lists with `for…in` and would write that function as a list
 * element. Making such additions non-enumerable again restores plain arrays for the writer.
 */
export function hideEnumerableArrayExtensions(): void {
  for (const name of Object.keys(Array.prototype)) {
    Object.defineProperty(Array.prototype, name, { enumerable: false });
  }
}
