import type { PageRef } from '../../model';
import { ACTOR, companyRef, line, nodeOf, profile, text } from './dom';

/** The actor of the post that holds `el`: its first person or company link outside any comment. */
export function postActor(scope: Element | null): PageRef | undefined {
  if (!scope) return;
  // A post with thousands of comments has one header: read it once, again only if its link left the post.
  // (A header not rendered yet is looked for again next time.)
  const known = actors.get(scope);
  if (known && scope.contains(known.from)) return known.actor && { ...known.actor };
  const link = scope.querySelector('.update-components-actor__meta-link[href]') ??
    [...scope.querySelectorAll(ACTOR)].find((a) => !nodeOf(a) && text(a));
  const actor = actorOf(link);
  if (link) actors.set(scope, { from: link, actor });
  return actor;
}
const actors = new WeakMap<Element, { from: Element; actor: PageRef | undefined }>();

function actorOf(link: Element | null | undefined): PageRef | undefined {
  const who = profile(link?.getAttribute('href') ?? null);
  if (!link || !who) return;
  const name = line([...link.children].find((c) => text(c)) ?? link);
  return who.kind === 'company' ? companyRef(who.key, name, who.showcase) : { platform: 'linkedin', name, url: who.url };
}

/** Ember cards carry data-urn; the 2026 feed has list items; SDUI post pages hold one post. */
export const postScope = (el: Element) => el.closest('[data-urn],[role=listitem],[data-sdui-screen],main');
