// POST /mcp: the MCP server over Streamable HTTP, stateless (a server and transport per request,
// JSON responses), behind a bearer token and the rate limit every surface shares. A JSON-RPC batch is
// refused, as the current specification has none, and each of its messages still counts against the
// limit. Loaded only when MCP_TOKEN is set.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Logger } from 'pino';
import type { Engine } from '../../core/engine.js';
import { MAX_BODY_BYTES, readBody, refuseTooLarge } from '../http/body.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import { hasBearer, refuseUnauthorized } from '../http/auth.js';
import { metrics } from '../metrics/sink.js';
import type { Limiter } from '../limits.js';
import type { ConversationStore } from '../state/conversations.js';
import { createMcpServer } from './server.js';
import { readSources } from './sources.js';

export const MCP_PATH = '/mcp';

export interface McpHttpOptions {
  engine: Engine;
  logger: Logger;
  token: string;
  limiter: Limiter;
  conversations: ConversationStore;
  /** The caller's address (X-Forwarded-For only from trusted proxies): rate limits and sessions. */
  clientKey: (req: IncomingMessage) => string;
  maxQuestionChars: number;
  publicBaseUrl?: string;
}

/** The current specification (2025-06-18) has no batches: one JSON-RPC message per POST. */
export const BATCH_REFUSED = 'Invalid Request: JSON-RPC batches are not supported (MCP 2025-06-18); send one message per POST';

/** A JSON-RPC error with no request id, as the transport itself answers. */
function rpcError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { jsonrpc: '2.0', error: { code, message }, id: null });
}

/** The routes of the MCP endpoint: POST does the work; GET and DELETE (sessions, streams) are not offered. */
export function createMcpRoutes(opts: McpHttpOptions): Record<string, RouteHandler> {
  const sources = readSources();
  /** The bearer token, then the rate limit: `points` messages at once (a batch counts each of its messages). */
  const authorised = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (hasBearer(req, opts.token)) return true;
    refuseUnauthorized(res, 'mcp');
    return false;
  };
  const withinLimit = async (req: IncomingMessage, res: ServerResponse, points = 1): Promise<string | undefined> => {
    const client = opts.clientKey(req);
    const rate = await opts.limiter.check(`mcp:${client}`, points);
    if (rate.ok) return client;
    metrics.refused('mcp', 'rate');
    res.setHeader('retry-after', String(rate.retryAfterSeconds ?? 60));
    rpcError(res, 429, -32000, rate.message?.en ?? 'Too many requests');
    return undefined;
  };

  const post: RouteHandler = async (req, res) => {
    if (!authorised(req, res)) return;
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return refuseTooLarge(req, res);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = undefined;
    }
    // every message of a batch is work asked for: it counts, even though the batch is then refused
    const client = await withinLimit(req, res, Array.isArray(parsed) ? Math.max(1, parsed.length) : 1);
    if (client === undefined) return;
    if (parsed === undefined) return rpcError(res, 400, -32700, 'Parse error');
    if (Array.isArray(parsed)) return rpcError(res, 400, -32600, BATCH_REFUSED);
    const server = createMcpServer({
      engine: opts.engine, logger: opts.logger, conversations: opts.conversations, sources,
      keyOf: (session) => ({ platform: 'api', channel: `mcp:${client}`, thread: session, user: client }),
      maxQuestionChars: opts.maxQuestionChars, publicBaseUrl: opts.publicBaseUrl,
    });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.once('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, parsed);
  };

  const notOffered: RouteHandler = async (req, res) => {
    if (!authorised(req, res) || (await withinLimit(req, res)) === undefined) return;
    res.setHeader('allow', 'POST');
    rpcError(res, 405, -32000, 'Method not allowed: this server is stateless; POST each message');
  };

  return { [`POST ${MCP_PATH}`]: post, [`GET ${MCP_PATH}`]: notOffered, [`DELETE ${MCP_PATH}`]: notOffered };
}
