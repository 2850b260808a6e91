/**
 * An HTTP proxy that breaks the network between the sync client and the real server, with seeded
 * randomness so a failing run can be replayed: it drops requests before forwarding, drops answers
 * after the server committed, forwards a request twice and answers once, cuts request bodies,
 * answers 503 for a stretch of (injected) time, and refuses every connection while "offline".
 * While the server is down it answers 502, as a reverse proxy in front of it would.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultPlan {
  /** Probability of closing the connection before the request reaches the server. */
  dropRequest?: number;
  /** Probability of closing the connection after the server answered (it has committed). */
  dropResponse?: number;
  /** Probability of forwarding the request twice at once (the client sees one answer). */
  duplicate?: number;
  /** Probability of forwarding only the first half of the request body. */
  truncateBody?: number;
  /** Every request is answered 503 while the injected clock is before this time (ms). */
  errorUntil?: number;
  /** Refuse every connection. */
  offline?: boolean;
}

export type FaultKind = 'forwarded' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'truncateBody' | 'error5xx' | 'offline' | 'upstreamDown';

export interface FaultProxy {
  origin: string;
  setPlan(plan: FaultPlan): void;
  /** Points the proxy at a (restarted) server. */
  setTarget(port: number): void;
  counts: Record<FaultKind, number>;
  close(): Promise<void>;
}

/** mulberry32: a small seeded generator, good enough to pick faults reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

function forward(port: number, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  headers['content-length'] = String(body.byteLength);
  return new Promise((resolve, reject) => {
    const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers, agent: false }, (res) => {
      readBody(res).then((answer) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: answer }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

function reply(res: ServerResponse, answer: Upstream): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  headers['content-length'] = String(answer.body.byteLength);
  res.writeHead(answer.status, headers).end(answer.body);
}

export async function createFaultProxy(options: { targetPort: number; seed: number; now: () => number }): Promise<FaultProxy> {
  let plan: FaultPlan = {};
  let target = options.targetPort;
  const random = seededRandom(options.seed);
  const counts: Record<FaultKind, number> = { forwarded: 0, dropRequest: 0, dropResponse: 0, duplicate: 0, truncateBody: 0, error5xx: 0, offline: 0, upstreamDown: 0 };
  const sockets = new Set<Socket>();
  const roll = (p: number | undefined) => p !== undefined && p > 0 && random() < p;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (plan.errorUntil !== undefined && options.now() < plan.errorUntil) {
      counts.error5xx++;
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    // Each roll happens in the same order for every request, so a seed replays the same run.
    const drop = roll(plan.dropRequest);
    const truncate = roll(plan.truncateBody);
    const duplicate = roll(plan.duplicate);
    const dropAnswer = roll(plan.dropResponse);
    if (drop) {
      counts.dropRequest++;
      req.socket.destroy();
      return;
    }
    const sent = truncate ? body.subarray(0, Math.floor(body.byteLength / 2)) : body;
    if (truncate) counts.truncateBody++;
    let answer: Upstream;
    try {
      if (duplicate) {
        counts.duplicate++;
        const both = await Promise.allSettled([forward(target, req, sent), forward(target, req, sent)]);
        const ok = both.find((r): r is PromiseFulfilledResult<Upstream> => r.status === 'fulfilled');
        if (!ok) throw new Error('both copies failed');
        answer = ok.value;
      } else {
        answer = await forward(target, req, sent);
      }
    } catch {
      counts.upstreamDown++;
      res.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
      return;
    }
    counts.forwarded++;
    if (dropAnswer) {
      counts.dropResponse++;
      req.socket.destroy();
      return;
    }
    reply(res, answer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    if (plan.offline) {
      counts.offline++;
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // a TCP server listening on a port

  return {
    origin: `http://127.0.0.1:${port}`,
    setPlan(next) {
      plan = next;
      // Going offline also cuts the connections a client keeps alive.
      if (next.offline) for (const socket of sockets) socket.destroy();
    },
    setTarget(next) {
      target = next;
    },
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
