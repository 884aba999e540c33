/** Injection tokens of the queue module (a file of their own, so providers it lists can import them without a cycle). */
export const REDIS_PRODUCER = Symbol('REDIS_PRODUCER');
export const QUEUE_SETTINGS = Symbol('QUEUE_SETTINGS');

export interface QueueSettings {
  redisUrl: string;
  prefix: string;
  service: string;
}
