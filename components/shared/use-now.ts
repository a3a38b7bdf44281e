import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs` so waited times and severities stay true while a page is open.
 * `startedAt`: the time a page's early reads were started with, so the first render asks for what they read.
 */
export function useNow(everyMs = 30_000, startedAt?: number): number {
  const [now, setNow] = useState(() => startedAt ?? Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
