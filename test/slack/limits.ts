// Block Kit limits, checked on a formatted message; throws naming the broken limit.
import { expect } from 'vitest';
import type { SlackMessage } from '../../src/format/slack.js';

type B = Record<string, any>;

export function expectWithinSlackLimits(msg: SlackMessage): void {
  expect(msg.text.length, 'fallback text').toBeGreaterThan(0);
  expect(msg.text.length, 'fallback text').toBeLessThanOrEqual(3000);
  expect(msg.blocks.length, 'block count').toBeLessThanOrEqual(50);
  const tables = msg.blocks.filter((b) => b.type === 'table');
  expect(tables.length, 'one table per message').toBeLessThanOrEqual(1);
  expect(msg.blocks.filter((b) => b.type === 'data_visualization').length, 'charts per message').toBeLessThanOrEqual(2);
  if (msg.fallback) {
    expect(msg.fallback.blocks.some((b) => b.type === 'data_visualization' || b.type === 'data_table'), 'fallback has no newer blocks').toBe(false);
    expectWithinSlackLimits(msg.fallback);
  }
  const actionIds = new Set<string>();
  for (const b of msg.blocks as B[]) {
    switch (b.type) {
      case 'header':
        expect(b.text.type).toBe('plain_text');
        expect(b.text.text.length, 'header').toBeLessThanOrEqual(150);
        expect(b.text.text.length).toBeGreaterThan(0);
        break;
      case 'section':
        expect(b.text.text.length, 'section text').toBeLessThanOrEqual(3000);
        expect(b.text.text.length).toBeGreaterThan(0);
        break;
      case 'context':
        expect(b.elements.length, 'context elements').toBeLessThanOrEqual(10);
        for (const e of b.elements) expect(e.text.length, 'context text').toBeLessThanOrEqual(2000);
        break;
      case 'actions':
        expect(b.elements.length, 'action elements').toBeLessThanOrEqual(25);
        for (const e of b.elements) {
          expect(e.text.text.length, 'button text').toBeLessThanOrEqual(75);
          expect(e.value.length, 'button value').toBeLessThanOrEqual(2000);
          expect(actionIds.has(e.action_id), `duplicate action_id ${e.action_id}`).toBe(false);
          actionIds.add(e.action_id);
        }
        break;
      case 'table': {
        expect(b.rows.length, 'table rows').toBeLessThanOrEqual(100);
        const width = b.rows[0].length;
        expect(width, 'table columns').toBeLessThanOrEqual(20);
        expect(b.column_settings.length).toBeLessThanOrEqual(20);
        for (const row of b.rows) {
          expect(row.length, 'ragged table row').toBe(width);
          for (const cell of row) {
            expect(cell.type).toBe('raw_text');
            expect(cell.text.length).toBeGreaterThan(0);
          }
        }
        break;
      }
      case 'data_visualization': {
        // docs.slack.dev/reference/block-kit/blocks/data-visualization-block
        expect(b.title.length, 'chart title').toBeLessThanOrEqual(50);
        expect(['bar', 'line', 'area', 'pie']).toContain(b.chart.type);
        const cats: string[] = b.chart.axis_config.categories;
        expect(cats.length, 'chart categories').toBeGreaterThan(0);
        expect(cats.length, 'chart categories').toBeLessThanOrEqual(20);
        expect(new Set(cats).size, 'unique categories').toBe(cats.length);
        for (const c of cats) expect(c.length, 'category label').toBeLessThanOrEqual(20);
        for (const l of [b.chart.axis_config.x_label, b.chart.axis_config.y_label]) if (l) expect(l.length, 'axis label').toBeLessThanOrEqual(50);
        expect(b.chart.series.length, 'chart series').toBeGreaterThan(0);
        expect(b.chart.series.length, 'chart series').toBeLessThanOrEqual(6);
        expect(new Set(b.chart.series.map((x: B) => x.name)).size, 'unique series names').toBe(b.chart.series.length);
        for (const series of b.chart.series) {
          expect(series.name.length, 'series name').toBeLessThanOrEqual(20);
          expect(series.data.length, 'data points').toBeLessThanOrEqual(20);
          for (const p of series.data) {
            expect(cats, 'point label is a category').toContain(p.label);
            expect(Number.isFinite(p.value), 'point value').toBe(true);
          }
        }
        break;
      }
      case 'data_table': {
        // docs.slack.dev/reference/block-kit/blocks/data-table-block
        expect(typeof b.caption).toBe('string');
        expect(b.rows.length, 'data table rows').toBeGreaterThanOrEqual(2);
        expect(b.rows.length, 'data table rows').toBeLessThanOrEqual(101);
        const width = b.rows[0].length;
        expect(width, 'data table columns').toBeLessThanOrEqual(20);
        if (b.page_size !== undefined) expect(b.page_size).toBeGreaterThanOrEqual(1);
        let chars = 0;
        for (const row of b.rows) {
          expect(row.length, 'ragged data table row').toBe(width);
          for (const cell of row) {
            expect(['raw_text', 'raw_number']).toContain(cell.type);
            expect(cell.text.length).toBeGreaterThan(0);
            if (cell.type === 'raw_number') expect(Number.isFinite(cell.value)).toBe(true);
            chars += cell.text.length;
          }
        }
        expect(chars, 'data table characters').toBeLessThanOrEqual(10_000);
        break;
      }
      case 'context_actions':
        expect(b.elements.length, 'context actions').toBeLessThanOrEqual(5);
        for (const e of b.elements) {
          expect(e.type).toBe('feedback_buttons');
          for (const btn of [e.positive_button, e.negative_button]) {
            expect(btn.text.text.length).toBeLessThanOrEqual(75);
            expect(btn.value.length).toBeLessThanOrEqual(2000);
            expect(btn.accessibility_label.length).toBeLessThanOrEqual(75);
          }
        }
        break;
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block type ${b.type}`);
    }
  }
}
