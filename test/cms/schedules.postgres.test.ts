import { schedulesSuite } from './schedules-suite.js';

schedulesSuite('postgres');
