// Where detection's trackers put what they observed (the queue, through the detector), with the time and fresh ids.
import type { Observation } from '../model/observation';

export interface ObservationSink {
  emit(observation: Observation): void;
  now(): number;
  /** A fresh observation id, `${prefix}:${random}` (observation ids must be unique). */
  newId(prefix: string): string;
}
