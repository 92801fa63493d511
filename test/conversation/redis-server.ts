// A real redis-server for tests, on a free loopback port, with no persistence. When the binary is
// not installed (a fresh laptop), `redisBinary()` is null and the tests that need it are skipped
// with a visible notice; `.ci/run` installs it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from '../ops/spawned.js';

export function redisBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export const REDIS_MISSING = 'redis-server is not installed (apt-get install -y redis-server): Redis tests skipped';


export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** SIGKILL: Redis goes away without closing its connections politely */
  kill(): Promise<void>;
}

/** A redis-server on a free loopback port, or on `port` (to bring one back where it was). */
export async function startRedis(binary: string, port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += String(d);
      if (out.includes('Ready to accept connections')) resolve();
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out.slice(-500)}`)));
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
