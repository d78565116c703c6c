import * as migration_20261126_113207_initial from './20261126_113207_initial.js';

export const migrations = [
  {
    up: migration_20261126_113207_initial.up,
    down: migration_20261126_113207_initial.down,
    name: '20261126_113207_initial'
  },
];
