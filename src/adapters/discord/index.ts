// The Discord surface: HTTP interactions endpoint, gateway bot, command registration.
export { createDiscordInteractionsHandler, type DiscordHttpOptions } from './http.js';
export { startDiscordGateway, type DiscordGatewayOptions, type RunningGateway } from './gateway.js';
export { registerCommands } from './register.js';
