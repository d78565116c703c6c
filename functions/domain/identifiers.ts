/**
 * What an id or slug can look like. A value that cannot be one is unknown without asking DynamoDB,
 * which would refuse an over-long key with an internal error instead.
 */
export const isPossibleSlug = (value: string) => /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);
export const isPossibleId = (value: string) => /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/.test(value);
