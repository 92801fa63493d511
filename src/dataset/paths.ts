import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '../../data');
