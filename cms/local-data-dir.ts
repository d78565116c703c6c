import path from 'node:path';

/** Where a local CMS keeps its SQLite file and uploads: `npm run dev`'s data folder (`.data/`). */
export const localDataDir = () => path.resolve(process.env.VARNA_DATA_DIR ?? '.data');
