/**
 * Push: sends the outbox to `POST /sync/push` in gzip batches (≤ 500 events, ≤ 256 KiB JSON),
 * at most two requests in flight, and removes from the outbox exactly the ids each answer
 * acknowledged (all the ids of its batch when it says `ackedAll`). A lost answer leaves its ids
 * in the outbox; sending them again is harmless (the server acks ids it already holds).
 * `epochStale` (a copied database) moves the device to a new epoch before it writes another event.
 * Assignments waiting to be sent ride along (push-assignments.ts).
 */
import type { SabilDatabase } from '../data/db';
import { startNewEpoch } from '../data/device-epoch';
import { listOutboxEvents, removeAcknowledged } from '../data/outbox-repo';
import { guardStorage } from '../data/storage-errors';
import { SabilError } from '../core/errors/index';
import { batchEvents, toWireEvent, type WireEvent } from './batch-events';
import { postGzipJson } from './post-gzip-json';
import { applyAssignmentsAnswer, listAssignmentBatches, planPushRequests, type AssignmentsAnswer, type PushRequest } from './push-assignments';
import type { AssignmentRecord } from '../core/assignments/index';

export interface PushAnswer {
  /** Empty when `ackedAll`: the answer then stands for every id of the batch. */
  acked: string[];
  /** Present when the body asked for `compactAck`: true means every event sent is acknowledged. */
  ackedAll?: boolean;
  quarantined: { id: string; reason: string }[];
  epochStale: boolean;
  /** Present from servers that reserve the next epoch (docs/sync.md); older ones leave it out. */
  newEpoch?: number | null;
  serverTime: string;
  clockSkewMs: number;
  /** What became of the assignments sent (push-assignments.ts); older servers leave it out. */
  assignments?: AssignmentsAnswer;
}

export interface SyncProgress {
  sent: number;
  total: number;
}

export interface PushOptions {
  token: string;
  appVersion: string;
  now: () => number;
  storageFreeBytes?: () => Promise<number | null>;
  onProgress?: (progress: SyncProgress) => void;
  maxInFlight?: number;
  /** The HTTP call; tests and the fault suite use the real one through a proxy. */
  post?: (body: PushBody) => Promise<PushAnswer>;
}

export interface PushBody {
  deviceId: string;
  epoch: number;
  nextSeq: number;
  status: { appVersion: string; outboxWaiting: number; storageFreeBytes: number | null; clientTime: number };
  events: WireEvent[];
  assignments?: AssignmentRecord[];
  /** Asks for `ackedAll` instead of a list of every id (docs/sync.md); older servers ignore it and list them. */
  compactAck: true;
}

export interface PushResult {
  sent: number;
  quarantined: number;
  epochStale: boolean;
}

export const MAX_IN_FLIGHT = 2;

async function readIdentity(db: SabilDatabase) {
  const identity = await guardStorage(() => db.device.get('identity'));
  if (identity?.key !== 'identity') throw new SabilError('storage/failed', { name: 'NoDeviceIdentity' });
  return identity;
}

export async function pushOutbox(db: SabilDatabase, options: PushOptions): Promise<PushResult> {
  const events = (await listOutboxEvents(db)).map(toWireEvent);
  const batches = planPushRequests(batchEvents(events), await listAssignmentBatches(db));
  const post = options.post ?? ((body: PushBody) => postGzipJson<PushAnswer>('/sync/push', body, { token: options.token }));
  const result: PushResult = { sent: 0, quarantined: 0, epochStale: false };
  options.onProgress?.({ sent: 0, total: events.length });

  let next = 0;
  let failure: unknown = null;
  let waiting = events.length;

  const sendOne = async ({ events: batch, assignments }: PushRequest) => {
    const identity = await readIdentity(db);
    const body: PushBody = {
      deviceId: identity.deviceId,
      epoch: identity.epoch,
      nextSeq: identity.nextSeq,
      status: {
        appVersion: options.appVersion,
        outboxWaiting: waiting,
        storageFreeBytes: (await options.storageFreeBytes?.()) ?? null,
        clientTime: options.now(),
      },
      events: batch,
      ...(assignments.length > 0 ? { assignments } : {}),
      compactAck: true,
    };
    const answer = await post(body);
    await applyAssignmentsAnswer(db, assignments, answer.assignments);
    // Only ids of this batch: an answer never removes an event it was not sent.
    const inBatch = new Set(batch.map((e) => e.id));
    const acked = answer.ackedAll === true ? [...inBatch] : answer.acked.filter((id) => inBatch.has(id));
    await removeAcknowledged(db, acked);
    if (answer.epochStale) {
      result.epochStale = true;
      await startNewEpoch(db, body.epoch, answer.newEpoch ?? body.epoch + 1);
    }
    waiting -= acked.length;
    result.sent += acked.length;
    result.quarantined += answer.quarantined.length;
    options.onProgress?.({ sent: result.sent, total: events.length });
  };

  const worker = async () => {
    while (failure === null && next < batches.length) {
      const batch = batches[next++];
      if (!batch) break;
      try {
        await sendOne(batch);
      } catch (error) {
        failure ??= error; // the other request finishes; no new one starts
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(options.maxInFlight ?? MAX_IN_FLIGHT, batches.length) }, worker));
  if (failure !== null) throw failure;
  return result;
}
