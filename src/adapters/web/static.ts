// The pages' stylesheet and script (plain files, no build step) and the bundled Noto Sans Hant font,
// so Chinese shows on a projector machine with no CJK fonts installed.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fontFiles } from '../../format/chart/font.js';
import { sendBody, sendFile } from './respond.js';
import { ROOT } from '../../dataset/paths.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const DIR = join(ROOT, 'src/adapters/web/static');
const FILES: Record<string, string> = {
  'web.css': 'text/css; charset=utf-8',
  'web.js': 'text/javascript; charset=utf-8',
};

export const FONT_PATH = '/static/NotoSansHant-Regular.otf';

export function createStaticRoutes(): Record<string, Handler> {
  const routes: Record<string, Handler> = {};
  for (const [name, type] of Object.entries(FILES)) {
    const body = readFileSync(join(DIR, name));
    routes[`GET /static/${name}`] = (_req, res) => sendBody(res, 200, type, body, { 'cache-control': 'public, max-age=300' });
  }
  routes[`GET ${FONT_PATH}`] = (_req, res) => {
    const regular = fontFiles().find((f) => f.endsWith('Regular.otf'));
    if (!regular) return sendBody(res, 404, 'text/plain; charset=utf-8', 'not found');
    sendFile(res, regular, 'font/otf', 7 * 24 * 3600);
  };
  return routes;
}
