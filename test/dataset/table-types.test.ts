// Which standard table types each budget book prints, as the ingest finds them by title and header:
// one parser per type, whichever book (ministry or unit budget) prints it.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/dataset/ingest/source.js';
import { bookFacts, TABLE_TYPES } from '../../src/dataset/ingest/tables.js';
import { SEEDS } from './seeds.js';

const books = SEEDS.filter((s) => ['ministry-budget', 'unit-budget'].includes(s.type)).map((s) => new Doc(s));

/** Documents by table type (a type's titles joined by " | "). */
function documentsByType(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of books) {
    for (const title of new Set(bookFacts(d).map((f) => f.table))) {
      const type = TABLE_TYPES.find((t) => t.titles.includes(title));
      if (!type) throw new Error(`${title} is not a table type`);
      const docs = (out[type.titles.join(' | ')] ??= []);
      if (!docs.includes(d.id)) docs.push(d.id);
    }
  }
  return out;
}

describe('table types', () => {
  it('are found in these documents', () => {
    expect(documentsByType()).toEqual({
      歲出計畫提要及分支計畫概況表: ['002'],
      各項費用彙計表: ['002'],
      各機關預算員額彙計表: ['000'],
      補助及捐助經費總表: ['000'],
      派員出國計畫預算彙總表: ['000'],
      歲出一級用途別科目分析表: ['000', '002'],
      '各機關資本支出分析表 | 資本支出分析表': ['000', '002'],
      人事費彙計表: ['002'],
      預算員額明細表: ['002'],
      公務車輛明細表: ['002'],
      現有辦公房舍明細表: ['002'],
      捐助經費分析表: ['002'],
      '派員出國計畫預算總表 | 派員出國計畫預算類別表—開會、談判 | 派員赴大陸計畫預算類別表': ['002'],
      歲出按職能及經濟性綜合分類表: ['000', '002'],
      委辦經費分析表: ['002'],
    });
  });

  it('that more than one book prints are read by one parser with no per-book switch', () => {
    const shared = TABLE_TYPES.filter((t) => !t.kinds);
    expect(shared.map((t) => t.titles[0])).toEqual(['歲出一級用途別科目分析表', '各機關資本支出分析表', '歲出按職能及經濟性綜合分類表']);
  });
});
