import type { PageRef } from '../../model';
import { WWW, companyRef, safe } from './dom';

/** LinkedIn addresses: where comments are read, and which company page an address names. */

const SURFACE = /^\/(feed\/?(update\/urn:li:\w+:\d+\/?)?|posts\/[^/]+-\d{8,}[^/]*\/?|(company|showcase)\/[^/]+(\/(posts\/?|admin\/.*)?)?)$/;

export const handlesUrl = (url: URL) => url.hostname === WWW && SURFACE.test(url.pathname);

export const pageFromUrl = safe((url: URL): PageRef | null => {
  const m = url.hostname === WWW ? /^\/(company|showcase)\/([^/]+)/.exec(url.pathname) : null;
  return m ? companyRef(decodeURIComponent(m[2]!), undefined, m[1] === 'showcase') : null;
}, null);
