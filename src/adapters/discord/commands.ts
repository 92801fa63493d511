// `/budget` for Discord, built with discord.js's SlashCommandBuilder from the shared definitions
// (commands/definitions.ts): English is the default, zh-TW the localisation.
import {
  ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandIntegerOption, type SlashCommandStringOption, type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { BUDGET_COMMAND, type Command, type CommandOption, type Subcommand } from '../../../commands/definitions.js';

const ZH = 'zh-TW' as const;

function describe<T extends { setDescription(d: string): T; setDescriptionLocalizations(l: Record<string, string>): T }>(
  b: T,
  d: { en: string; zh: string },
): T {
  return b.setDescription(d.en).setDescriptionLocalizations({ [ZH]: d.zh });
}

function stringOption(o: SlashCommandStringOption, def: CommandOption): SlashCommandStringOption {
  describe(o.setName(def.name), def.description).setRequired(def.required);
  if (def.autocomplete) o.setAutocomplete(true);
  if (def.choices?.length) {
    o.addChoices(...def.choices.map((c) => ({ name: c.name.en, name_localizations: { [ZH]: c.name.zh }, value: c.value })));
  }
  return o;
}

function integerOption(o: SlashCommandIntegerOption, def: CommandOption): SlashCommandIntegerOption {
  describe(o.setName(def.name), def.description).setRequired(def.required);
  if (def.minValue !== undefined) o.setMinValue(def.minValue);
  if (def.maxValue !== undefined) o.setMaxValue(def.maxValue);
  if (def.autocomplete) o.setAutocomplete(true);
  return o;
}

function subcommand(s: SlashCommandSubcommandBuilder, def: Subcommand): SlashCommandSubcommandBuilder {
  describe(s.setName(def.name), def.description);
  for (const opt of def.options) {
    if (opt.type === 'integer') s.addIntegerOption((o) => integerOption(o, opt));
    else if (opt.type === 'boolean') s.addBooleanOption((o) => describe(o.setName(opt.name), opt.description).setRequired(opt.required));
    else s.addStringOption((o) => stringOption(o, opt));
  }
  return s;
}

export function buildSlashCommand(def: Command = BUDGET_COMMAND): SlashCommandBuilder {
  const cmd = new SlashCommandBuilder();
  describe(cmd.setName(def.name), def.description);
  // installable to a server and by a person for themselves; usable in servers, the bot's DM, and
  // other DMs and group DMs (where only a user install reaches)
  cmd.setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
  cmd.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel);
  for (const sub of def.subcommands) cmd.addSubcommand((s) => subcommand(s, sub));
  return cmd;
}

/** The JSON body PUT to Discord's commands endpoint. */
export function commandsJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [buildSlashCommand().toJSON()];
}
