import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../functions/graphql/type-defs.generated.js';
import { contractOperations } from './support/contract.js';

const root = resolve(import.meta.dirname, '..');
const schema = buildSchema(typeDefs);

describe('the schema', () => {
  it.each(contractOperations().map((operation) => [operation.file, operation.name, operation.source] as const))(
    'accepts contract operation %s %s',
    (_, __, source) => {
      expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
    },
  );

  it('passes the shared contract check', () => {
    const output = execFileSync('node', ['../shared/tools/check-contract.mjs'], { cwd: root, encoding: 'utf8' });
    expect(output).toMatch(/(\d+)\/\1 contract operations validate/);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has generated code that matches schema/ (npm run codegen was run)', () => {
    const check = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  }, 60_000);
});
