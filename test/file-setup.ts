import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp-dirs.js';

// Run before every test file (setupFiles), so each file's temporary folders go when it is done.
afterAll(removeTempDirs);
