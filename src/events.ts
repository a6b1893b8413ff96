import { Repeater } from '@repeaterjs/repeater';
import type { DatabaseHandle } from './db/client.js';
import type { Logger } from './log.js';

// Live updates. The database announces every new or changed position, every new article and every new
// suggestion on one channel (migrations change_events and suggestion_events), after the transaction commits, to every server instance that
// listens; each instance listens once and fans the events out to its subscribers here.

export const CHANNEL = 'stancegraph_events';

export interface PositionEvent {
  kind: 'position';
  id: number;
  actor: number;
  topic: number;
  /** The version the write left (migration position_events_carry_state). */
  version?: number;
  /** The row as the write left it, by column name; absent when too long for a notification. */
  row?: Record<string, unknown>;
}
export interface ArticleEvent {
  kind: 'article';
  id: number;
}
/** A new suggested position (migration suggestion_events). */
export interface SuggestionEvent {
  kind: 'suggestion';
  id: number;
  article: number;
  actor: number;
  topic: number;
}
export type ChangeEvent = PositionEvent | ArticleEvent | SuggestionEvent;
type Kind = ChangeEvent['kind'];
type EventOf<K extends Kind> = Extract<ChangeEvent, { kind: K }>;

function parse(payload: string): ChangeEvent | undefined {
  try {
    const event = JSON.parse(payload) as ChangeEvent;
    return event.kind === 'position' || event.kind === 'article' || event.kind === 'suggestion' ? event : undefined;
  } catch {
    return undefined;
  }
}

export class Events {
  private readonly listeners: { [K in Kind]: Set<(event: EventOf<K>) => void> } = { position: new Set(), article: new Set(), suggestion: new Set() };
  private readonly streams = new Set<() => void>();
  private closed = false;

  private stopListening: () => Promise<void> = async () => {};

  private constructor() {}

  /** Starts listening on the database's channel. */
  static async start(handle: Pick<DatabaseHandle, 'listen'>, log?: Logger): Promise<Events> {
    const events = new Events();
    events.stopListening = await handle.listen(CHANNEL, (payload) => {
      const event = parse(payload);
      if (event) events.publish(event);
      else log?.warn({ payload: payload.slice(0, 200) }, 'ignored a malformed event');
    });
    return events;
  }

  private publish(event: ChangeEvent): void {
    for (const listener of this.listeners[event.kind]) (listener as (e: ChangeEvent) => void)(event);
  }

  /** Subscribers listening now: a stream whose client has gone is no longer counted. */
  get subscribers(): number {
    return this.streams.size;
  }

  /**
   * The events of one kind from now on, each passed through `select` (which may load what it needs;
   * undefined skips the event), in order, until the consumer stops or the server shuts down. A
   * consumer that stops is gone at once, even between events (unlike an async generator, which
   * would only notice at the next event).
   */
  stream<K extends Kind, T = EventOf<K>>(
    kind: K,
    select: (event: EventOf<K>) => T | undefined | Promise<T | undefined> = (event) => event as unknown as T,
  ): AsyncIterableIterator<T> {
    return new Repeater<T>(async (push, stop) => {
      if (this.closed) return stop();
      let queue = Promise.resolve();
      const listener = (event: EventOf<K>) => {
        queue = queue
          .then(async () => {
            const selected = await select(event);
            if (selected !== undefined) await push(selected);
          })
          .catch((error: unknown) => stop(error));
      };
      this.listeners[kind].add(listener);
      this.streams.add(stop);
      await stop;
      this.listeners[kind].delete(listener);
      this.streams.delete(stop);
    });
  }

  /** Ends every stream (their clients see the subscription complete) and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.streams) stop();
    await this.stopListening();
  }
}
