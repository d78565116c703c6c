import { schedulesSuite } from './schedules-suite.js';

schedulesSuite('sqlite');
