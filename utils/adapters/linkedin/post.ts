import type { PageRef } from '../../model';
import { ACTOR, companyRef, line, nodeOf, profile, text } from './dom';

/** The actor of the post that holds `el`: its first person or company link outside any comment. */
export function postActor(scope: Element | null): PageRef | undefined {
  if (!scope) return;
  const link = scope.querySelector('.update-components-actor__meta-link[href]') ??
    [...scope.querySelectorAll(ACTOR)].find((a) => !nodeOf(a) && text(a));
  const who = profile(link?.getAttribute('href') ?? null);
  if (!link || !who) return;
  const name = line([...link.children].find((c) => text(c)) ?? link);
  return who.kind === 'company' ? companyRef(who.key, name, who.showcase) : { platform: 'linkedin', name, url: who.url };
}

/** Ember cards carry data-urn; the 2026 feed has list items; SDUI post pages hold one post. */
export const postScope = (el: Element) => el.closest('[data-urn],[role=listitem],[data-sdui-screen],main');
