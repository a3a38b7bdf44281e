import { liveQuery } from 'dexie';

/**
 * A value a page starts reading before React has rendered anything, handed to the hook that shows it.
 * React subscribes in effects, after its first commit: a read started there waits for the page's modules,
 * React's first render and the IndexedDB connection one after the other. Started while the page is still
 * setting up, the connection opens and the read runs at the same time.
 *
 * It is an observable `useObservable` (dexie-react-hooks) takes as it is: `hasValue`/`getValue` give a value
 * already there on the first render, and a subscriber gets the latest value at once, then every change. The
 * work stops when the last subscriber leaves (the hook moved on to other arguments), and starts again if one
 * comes back (React's development double mount).
 */
export interface EarlySource<T> {
  hasValue(): boolean;
  getValue(): T | undefined;
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

/** `start` begins the work and returns what stops it; it is called at once, and again after a stop if needed. */
export function earlySource<T>(start: (next: (value: T) => void, error: (error: unknown) => void) => () => void): EarlySource<T> {
  let has = false;
  let value: T | undefined;
  let failure: { error: unknown } | null = null;
  const subscribers = new Set<{ next: (value: T) => void; error?: (error: unknown) => void }>();
  const begin = () =>
    start(
      (next) => {
        has = true;
        value = next;
        failure = null;
        for (const s of [...subscribers]) s.next(next);
      },
      (error) => {
        failure = { error };
        for (const s of [...subscribers]) s.error?.(error);
      },
    );
  let stop: (() => void) | null = begin();
  return {
    hasValue: () => has,
    getValue: () => value,
    subscribe(next, error) {
      const subscriber = { next, error };
      subscribers.add(subscriber);
      stop ??= begin();
      if (failure) error?.(failure.error);
      else if (has) next(value as T);
      return {
        unsubscribe() {
          if (!subscribers.delete(subscriber) || subscribers.size > 0) return;
          stop?.();
          stop = null;
        },
      };
    },
  };
}

/** A Dexie live query started now: it re-reads when what it read changes, as `useLiveQuery` does. */
export function earlyLiveQuery<T>(querier: () => Promise<T>): EarlySource<T> {
  return earlySource<T>((next, error) => {
    const subscription = liveQuery(querier).subscribe({ next, error });
    return () => subscription.unsubscribe();
  });
}
