// The text after `/budget`: a subcommand with its options in any order, or a natural question.
//   /budget compare 數產署 112 114      → compare { item: 數產署, from: 112, to: 114 }
//   /budget top 機關 114 5              → top { level: 機關, year: 114, n: 5 }
//   /budget 數產署 114 年度預算          → a natural question
import { BUDGET_COMMAND, findSubcommand, type CommandOption, type Subcommand } from '../../../commands/definitions.js';

export type SlashCall =
  | { kind: 'ask'; question: string }
  | { kind: 'command'; sub: string; options: Record<string, string | number | undefined> }
  | { kind: 'usage'; sub: Subcommand };

const YEAR_OPTIONS = new Set(['year', 'from', 'to']);

function asInteger(token: string): number | undefined {
  const m = /^(?:FY)?(\d{1,4})(?:年度|年)?$/i.exec(token);
  return m ? Number(m[1]) : undefined;
}

function looksLikeYear(n: number): boolean {
  return (n >= 50 && n <= 200) || (n >= 1961 && n <= 2111);
}

function accepts(opt: CommandOption, n: number): boolean {
  if (opt.minValue !== undefined && n < opt.minValue) return false;
  if (opt.maxValue !== undefined && n > opt.maxValue) return false;
  return YEAR_OPTIONS.has(opt.name) ? looksLikeYear(n) : true;
}

function matchChoice(opt: CommandOption, token: string): string | undefined {
  const t = token.toLowerCase();
  return opt.choices?.find((c) => [c.value, c.name.zh, c.name.en].some((v) => v.toLowerCase() === t))?.value;
}

function fill(sub: Subcommand, tokens: string[]): Record<string, string | number | undefined> | undefined {
  const options: Record<string, string | number | undefined> = {};
  const free: string[] = [];
  for (const token of tokens) {
    const n = asInteger(token);
    const intOpt = n === undefined ? undefined : sub.options.find((o) => o.type === 'integer' && options[o.name] === undefined && accepts(o, n));
    if (intOpt && n !== undefined) {
      options[intOpt.name] = n;
      continue;
    }
    const choiceOpt = sub.options.find((o) => o.choices && options[o.name] === undefined && matchChoice(o, token) !== undefined);
    if (choiceOpt) {
      options[choiceOpt.name] = matchChoice(choiceOpt, token);
      continue;
    }
    free.push(token);
  }
  if (free.length) {
    const textOpt = sub.options.find((o) => o.type === 'string' && !o.choices);
    if (!textOpt) return undefined;
    options[textOpt.name] = free.join(' ');
  }
  return options;
}

export function parseSlashText(text: string): SlashCall {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { kind: 'command', sub: 'help', options: {} };
  const [first, ...rest] = trimmed.split(' ');
  const sub = findSubcommand(first.toLowerCase());
  if (!sub) return { kind: 'ask', question: trimmed };
  if (sub.name === 'help') return rest.length ? { kind: 'ask', question: trimmed } : { kind: 'command', sub: 'help', options: {} };
  if (sub.name === 'ask') return rest.length ? { kind: 'ask', question: rest.join(' ') } : { kind: 'usage', sub };
  const options = fill(sub, rest);
  // Words that fit no option: read the whole line as a question rather than guess.
  if (!options) return { kind: 'ask', question: trimmed };
  if (sub.options.some((o) => o.required && options[o.name] === undefined)) return { kind: 'usage', sub };
  return { kind: 'command', sub: sub.name, options };
}

export const SLASH_COMMAND = `/${BUDGET_COMMAND.name}`;
