// The manifest follows the command definitions and the chosen mode.
import { describe, expect, it } from 'vitest';
import { BUDGET_COMMAND } from '../../commands/definitions.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../../src/adapters/slack/manifest.js';

type M = { features: any; settings: any; oauth_config: any; display_information: any };

describe('slack manifest', () => {
  it('HTTP mode: request URLs on /slack/events, Socket Mode off', () => {
    const m = buildManifest({ socketMode: false, url: 'https://bot.example.gov.tw' }) as M;
    const url = 'https://bot.example.gov.tw/slack/events';
    expect(m.features.slash_commands).toHaveLength(1);
    expect(m.features.slash_commands[0]).toMatchObject({ command: `/${BUDGET_COMMAND.name}`, url });
    expect(m.features.slash_commands[0].description).toContain(BUDGET_COMMAND.description.zh);
    expect(m.settings.event_subscriptions).toEqual({ bot_events: [...BOT_EVENTS], request_url: url });
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    for (const sub of BUDGET_COMMAND.subcommands.filter((s) => s.name !== 'ask')) expect(m.features.slash_commands[0].usage_hint).toContain(sub.name);
  });

  it('Socket Mode: no request URLs', () => {
    const m = buildManifest({ socketMode: true }) as M;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/request_url|"url"/);
  });

  it('keeps a given path, and refuses HTTP mode without a URL', () => {
    const m = buildManifest({ socketMode: false, url: 'https://gov.example/bot/slack/events' }) as M;
    expect(m.settings.interactivity.request_url).toBe('https://gov.example/bot/slack/events');
    expect(() => buildManifest({ socketMode: false })).toThrow(/--url/);
    expect(() => buildManifest({ socketMode: false, url: 'ftp://x' })).toThrow(/http/);
  });
});
