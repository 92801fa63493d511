import { describe, expect, it } from 'vitest';
import { normalizeQuestion, normalizeName } from '../../src/core/normalize.js';
import { readYearSpans } from '../../src/core/years.js';
import { understand } from '../../src/core/understand.js';

describe('normalizeQuestion', () => {
  it('folds full-width characters and ideographic spaces', () => {
    expect(normalizeQuestion('ＡＤＩ　２０２５　budget')).toBe('adi 2025 budget');
  });
  it('writes 台 as 臺 and Simplified as Traditional', () => {
    expect(normalizeQuestion('数字产业署 台湾')).toContain('臺灣');
    expect(normalizeQuestion('资安署预算')).toBe('資安署預算');
  });
  it('drops stray spaces inside Chinese but keeps them around Latin words', () => {
    expect(normalizeQuestion('數位 產業署  114 年度')).toBe('數位產業署 114 年度');
    expect(normalizeName('數位跨域創新淨零先 期計畫')).toBe('數位跨域創新淨零先期計畫');
  });
});

describe('readYearSpans', () => {
  it('reads ROC and AD years to ROC, with where each stands', () => {
    expect(readYearSpans('數產署 114 預算').years.map((y) => y.year)).toEqual([114]);
    expect(readYearSpans('adi budget 2025').years.map((y) => y.year)).toEqual([114]);
    expect(readYearSpans('fy2023 final').years.map((y) => y.year)).toEqual([112]);
    expect(readYearSpans('112年度決算').years.map((y) => ({ year: y.year, start: y.start, end: y.end }))).toEqual([{ year: 112, start: 0, end: 5 }]);
  });
  it('leaves counts alone; relative years are time words of the concept table', () => {
    expect(readYearSpans('前 5 名').years).toEqual([]);
    expect(readYearSpans('84 個機關').years).toEqual([]);
    expect(understand('數產署上年度的決算').relative).toBe(-1);
  });
});

describe('understand', () => {
  it('finds agencies by short form and English name', () => {
    expect(understand('數產署 114 預算').agencies).toEqual(['6220']);
    expect(understand("What is ADI's budget?").agencies).toEqual(['6220']);
    expect(understand('資安署').agencies).toEqual(['6210']);
    expect(understand('數位發展部主管 114 年度設備及投資').agencies).toEqual(['62']);
  });
  it('marks 數位發展部 alone as ambiguous', () => {
    const u = understand('數位發展部 114 年度預算');
    expect(u.ministryAmbiguous).toBe(true);
    expect(u.agencies).toEqual([]);
  });
  it('detects language, ranking and help', () => {
    expect(understand('ADI budget 2025').lang).toBe('en');
    expect(understand('114 年度哪個機關預算最多？').ranking).toBe(true);
    expect(understand('top 5 programmes 2025').topN).toBe(5);
    expect(understand('help').help).toBe(true);
  });
  it('notices a body outside the data', () => {
    expect(understand('國防部 114 年度預算').foreignBody).toBe('國防部');
    expect(understand('數位產業署 114 年度預算').foreignBody).toBeNull();
  });
});
