/**
 * An event as the device stores it and sends it: the envelope of docs/events.md with `data` not
 * yet trusted (the schema in event-schema.ts, or the reports' reader, checks it before use).
 */
export interface EventEnvelope {
  id: string;
  deviceId: string;
  epoch: number;
  seq: number;
  learnerId: string;
  type: string;
  at: number;
  data: unknown;
}
