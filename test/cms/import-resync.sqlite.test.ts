import { importResyncSuite } from './import-resync-suite.js';

importResyncSuite('sqlite');
