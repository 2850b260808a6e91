/**
 * What a push does with its events (docs/sync.md, "Server guarantees"), decided the same way on
 * SQLite and PostgreSQL from facts each backend reads inside the push's transaction: ack an id
 * already held with the same digest, quarantine a reused id or an unknown learner, or plan the
 * event for insertion; a (device, epoch, seq) held under another id marks a copied database.
 * Pure: the backends read the facts and run the writes, as assignment-plan.ts for assignments.
 */
import type { EventRecord } from '../../src/core/events/index';
import type { IngestItem, IngestOutcome, QuarantineReason } from './sync-storage';

/** The columns of `events`, in the order both backends insert them. */
export const EVENT_COLUMNS = 'school_id, id, device_id, epoch, seq, learner_id, type, at_device, received_at, server_seq, digest, data, server_device_id';

/** The key of one (device, epoch, seq) in `IngestFacts.seqHolders`. */
export const seqKey = (deviceId: string, epoch: number, seq: number) => JSON.stringify([deviceId, epoch, seq]);

export interface Quarantined {
  eventId: string | undefined;
  reason: QuarantineReason;
  detail: string;
  raw: string;
  rawDigest: string;
}

/** What the database says about the batch's ids, learners and seqs. */
export interface IngestFacts {
  /** Digests of the batch's ids the school already holds. */
  heldDigests: ReadonlyMap<string, string>;
  /** The batch's learners that are on the school's roster. */
  knownLearners: ReadonlySet<string>;
  /** `seqKey` → the ids that hold that (device, epoch, seq). */
  seqHolders: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface IngestPlan {
  /** Every id acked, in batch order, once each. */
  acked: string[];
  quarantined: IngestOutcome['quarantined'];
  /** The quarantine rows to write (one without an event id is stored, not acked). */
  toQuarantine: Quarantined[];
  /** The events the school holds after this push: for the device's watermarks. */
  held: EventRecord[];
  /** The events to insert, in batch order. */
  planned: { event: EventRecord; digest: string }[];
  seqReused: boolean;
  /** Quarantines an event found conflicting after the insert (a writer that skipped the lock). */
  quarantine(item: Quarantined): void;
}

/** Decides each item in batch order; an id planned earlier in the batch counts as held, as if inserted. */
export function planIngest(items: readonly IngestItem[], facts: IngestFacts): IngestPlan {
  const heldDigests = new Map(facts.heldDigests);
  const seqHolders = new Map([...facts.seqHolders].map(([key, ids]) => [key, new Set(ids)]));
  const ackedSet = new Set<string>();
  const plan: IngestPlan = {
    acked: [],
    quarantined: [],
    toQuarantine: [],
    held: [],
    planned: [],
    seqReused: false,
    quarantine(item) {
      plan.toQuarantine.push(item);
      if (item.eventId === undefined) return;
      ack(item.eventId);
      plan.quarantined.push({ id: item.eventId, reason: item.reason });
    },
  };
  const ack = (id: string) => {
    if (!ackedSet.has(id)) plan.acked.push(id);
    ackedSet.add(id);
  };

  for (const item of items) {
    if (item.kind === 'refused') {
      plan.quarantine(item);
      continue;
    }
    const { event, digest } = item;
    const heldDigest = heldDigests.get(event.id);
    if (heldDigest !== undefined) {
      if (heldDigest === digest) {
        plan.held.push(event);
        ack(event.id);
      } else {
        plan.quarantine({ eventId: event.id, reason: 'event/id-reused', detail: `held digest ${heldDigest}`, raw: JSON.stringify(event), rawDigest: digest });
      }
      continue;
    }
    if (!facts.knownLearners.has(event.learnerId)) {
      plan.quarantine({ eventId: event.id, reason: 'event/unknown-learner', detail: 'learnerId', raw: JSON.stringify(event), rawDigest: digest });
      continue;
    }
    const key = seqKey(event.deviceId, event.epoch, event.seq);
    const holders = seqHolders.get(key) ?? new Set<string>();
    if ([...holders].some((id) => id !== event.id)) plan.seqReused = true;
    seqHolders.set(key, holders.add(event.id));
    plan.planned.push({ event, digest });
    heldDigests.set(event.id, digest);
    plan.held.push(event);
    ack(event.id);
  }
  return plan;
}
