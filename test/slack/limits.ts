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
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block type ${b.type}`);
    }
  }
}
