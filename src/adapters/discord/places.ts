// Conversation places on Discord: a channel (or DM) per person, and a thread, which Discord
// addresses as a channel of its own, so a thread's id is its place.
import type { ConversationKey, Place } from '../state/conversations.js';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function discordPlace(guildId: unknown, channelId: unknown): Place {
  return { platform: 'discord', workspace: str(guildId) ?? '', channel: str(channelId) ?? '', thread: '' };
}

export function discordKey(guildId: unknown, channelId: unknown, userId: string): ConversationKey {
  return { ...discordPlace(guildId, channelId), user: userId };
}

export const discordRateKey = (userId: string) => `discord:${userId}`;
