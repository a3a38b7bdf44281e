// Facebook keeps adding comments after load ("View more comments", "View 1 reply", scrolling).
// The content script hands each added subtree to the adapter; every comment must be seen once.
import { facebookAdapter as fb } from '../../utils/adapters/facebook';
import { loadFixture } from './facebook-fixtures';

const FB = 'https://www.facebook.com';

function idOf(node: Element, url: URL): string {
  const read = fb.readComment(node, url);
  if (!read.ok) throw new Error(`skipped: ${read.reason}`);
  return read.comment.id;
}

/** Loads a fixture into the live happy-dom document and records what each added batch holds. */
function watch(name: string) {
  const f = loadFixture(name);
  document.body.innerHTML = f.doc.body.innerHTML;
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const added of r.addedNodes) if (added.nodeType === 1) for (const node of fb.findCommentNodes(added as Element)) seen.push(idOf(node, f.url));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { f, seen, stop: () => observer.disconnect() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function siblingComment(post: string, cid: string, name: string, profile: string, text: string, parent?: string): string {
  const stamp = parent ? `${post}&amp;comment_id=${parent}&amp;reply_comment_id=${cid}` : `${post}&amp;comment_id=${cid}`;
  return `<div data-commentid="${cid}" class="x1n2onr6 xv55zj0"><div role="article" aria-label="${parent ? `Reply by ${name} to someone's comment` : `Comment by ${name}`} Just now" tabindex="-1" class="x1n2onr6 x1swvt13">
    <span><span><a aria-hidden="true" tabindex="-1" role="link" href="${profile}"><svg aria-hidden="true" role="none"></svg></a></span></span>
    <div><div><span class="x3nfvp2"><span class="xt0psk2"><a role="link" tabindex="0" href="${profile}"><span><span dir="auto">${name}</span></span></a></span></span>
    <span dir="auto" lang="en-US"><div><div dir="auto" style="text-align: start;">${text}</div></div></span></div></div>
    <ul><li><span><div><a role="link" tabindex="0" href="${stamp}&amp;__cft__[0]=AZnew&amp;__tn__=R]-R">Just now</a></div></span></li><li><div role="button" tabindex="0">Reply</div></li></ul>
  </div></div>`;
}

describe('comments added after load', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('"View more comments" appends wrappers; only the new comments are found, each once', async () => {
    const { f, seen, stop } = watch('page-post-permalink.html');
    const post = `${FB}/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&amp;id=61550000000001`;
    const before = fb.findCommentNodes(document).map((n) => idOf(n, f.url));
    expect(before).toHaveLength(6);

    // Facebook inserts the next page of comments before the "View more comments" button.
    const more = [...document.querySelectorAll('[role=button]')].find((b) => b.textContent?.trim() === 'View more comments')!;
    const batch = document.createElement('div');
    batch.innerHTML =
      siblingComment(post, '1029384756479001', 'Olu Ade', `${FB}/olu.ade.9`, 'Any student discount?') +
      siblingComment(post, '1029384756479002', 'Acme Coffee', `${FB}/profile.php?id=61550000000001`, 'Olu Ade 10% with a student card!', '1029384756479001');
    // One added node holding both, and one comment added alone.
    more.parentElement!.insertBefore(batch, more);
    const single = document.createElement('div');
    single.innerHTML = siblingComment(post, '1029384756479003', 'Kim Lee', `${FB}/kim.lee.3`, 'Open late on Fridays?');
    more.parentElement!.insertBefore(single.firstElementChild!, more);
    await settle();
    stop();

    expect(seen).toEqual(['1029384756479001', '1029384756479002', '1029384756479003']);
    const after = fb.findCommentNodes(document).map((n) => idOf(n, f.url));
    expect(after).toEqual([...before, '1029384756479001', '1029384756479002', '1029384756479003']);
    const reply = fb.readComment(fb.findCommentNodes(batch)[1]!, f.url);
    expect(reply).toMatchObject({ ok: true, comment: { parentId: '1029384756479001', authorName: 'Acme Coffee', text: 'Olu Ade 10% with a student card!' } });
  });

  it('"View 1 reply" nests a reply inside its parent; only the reply is new', async () => {
    const { f, seen, stop } = watch('nested-replies.html');
    const ken = fb.findCommentNodes(document).find((n) => idOf(n, f.url) === '1122334455667704')!;
    const replies = ken.querySelector('[role=article]')!.parentElement!;
    const holder = document.createElement('div');
    holder.innerHTML = fb.findCommentNodes(document).find((n) => idOf(n, f.url) === '1122334455667705')!.outerHTML
      .replaceAll('1122334455667705', '1122334455667799')
      .replace('the almond croissant is vegan!', 'and the oat cookies too.');
    replies.appendChild(holder.firstElementChild!);
    await settle();
    stop();

    expect(seen).toEqual(['1122334455667799']);
    expect(fb.findCommentNodes(document).map((n) => idOf(n, f.url))).toEqual([
      '1122334455667701',
      '1122334455667702',
      '1122334455667703',
      '1122334455667704',
      '1122334455667705',
      '1122334455667799',
    ]);
  });

  it('"See more" expanding in place leads back to the one comment to re-read', async () => {
    const { f, stop } = watch('page-post-permalink.html');
    const maria = fb.findCommentNodes(document).find((n) => idOf(n, f.url) === '1029384756474012')!;
    const seeMore = [...maria.querySelectorAll('[role=button]')].find((b) => b.textContent === 'See more')!;
    const textDiv = seeMore.parentElement!;
    seeMore.remove();
    textDiv.append(' And do you take the cups back?');
    stop();

    const node = fb.commentNodeFor(textDiv)!;
    expect(node).toBe(maria);
    expect(fb.readComment(node, f.url)).toMatchObject({
      ok: true,
      comment: { text: 'Love the new packaging! Is it recyclable? And do you take the cups back?' },
    });
  });
});
