import { importResyncSuite } from './import-resync-suite.js';

importResyncSuite('postgres');
