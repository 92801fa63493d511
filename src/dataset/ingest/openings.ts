// Where each table of a budget book opens: its title (or the first piece of a title split across the
// two halves of a page) or, where the text lost the title, its first header line. A table runs until
// the next table or section opens, whichever table that is, so the tables of a book may come in any
// order.
import { compact, type Doc } from './source.js';

const title = (t: string) => (s: string) => s === t || s.endsWith(t);
const header = (start: string, ...labels: string[]) => (s: string) => s.startsWith(start) && labels.every((l) => s.includes(l));

/** Openings by table (titles as the ingest names them); a family of tables shares one name. */
const OPENINGS: [table: string, opens: (line: string) => boolean][] = [
  ['歲出機關別預算表', title('歲出機關別預算表')],
  ['歲出計畫提要及分支計畫概況表', title('歲出計畫提要及分支計畫概況表')],
  ['各項費用彙計表', title('各項費用彙計表')],
  ['歲出一級用途別科目分析表', (s) => s === '歲出一級用途' || title('歲出一級用途別科目分析表')(s)],
  ['資本支出分析表', header('科目', '設備')],
  ['人事費彙計表', title('人事費彙計表')],
  ['預算員額明細表', (s) => s === '預算員額' || title('預算員額明細表')(s)],
  ['公務車輛明細表', title('公務車輛明細表')],
  ['現有辦公房舍明細表', (s) => s === '現有辦公房' || title('現有辦公房舍明細表')(s)],
  ['捐助經費分析表', header('捐助計畫', '捐助對象')],
  ['派員出國計畫', (s) => /^派員(出國|赴大陸)計畫預算(總|類別)表/.test(s)],
  ['歲出按職能及經濟性綜合分類表', header('職能', '經濟性')],
  ['委辦經費分析表', header('委辦計畫', '委辦內容')],
  ['媒體政策及業務宣導費彙計表', title('媒體政策及業務宣導費彙計表')],
  ['section', (s) => /^[一二三四五六七八九十]+、(預算總說明|主要表|附屬表)$/.test(s)],
];

/** The last line (1-based) of the table that opens at or before `from`: the line before the next opening. */
export function tableEnd(d: Doc, from: number, table: string): number {
  const others = OPENINGS.filter(([t]) => !table.startsWith(t));
  if (others.length === OPENINGS.length) throw new Error(`${d.name}: no opening known for ${table}`);
  for (let n = from + 1; n <= d.count; n++) {
    const s = compact(d.text(n).replace(/\*/g, ''));
    if (s && others.some(([, opens]) => opens(s))) return n - 1;
  }
  return d.count;
}
