import type { ObservedTime, PostedAtSource } from '../model';

// Placeholder until the LinkedIn adapter lands (issue 4).
export function parseLinkedInTime(_time: ObservedTime, _observedAt: number): { at: number; source: PostedAtSource } | null {
  return null;
}
