import type { ObservedTime, PostedAtSource } from '../model';

// Placeholder until the Facebook adapter lands (issue 3).
export function parseFacebookTime(_time: ObservedTime, _observedAt: number): { at: number; source: PostedAtSource } | null {
  return null;
}
