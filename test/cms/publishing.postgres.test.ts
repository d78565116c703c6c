import { publishingSuite } from './publishing-suite.js';

publishingSuite('postgres');
