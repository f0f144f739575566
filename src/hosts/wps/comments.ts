// Comments in WPS. Two reported WPS behaviours shape them: a string passed in may be cut at 255 characters, so comment
// text is written in pieces and read back; AddComment may put the author's name first, so a comment is ours with or
// without that label (splitWpsComment).

import { isOurLine, mergeComment, splitComment } from '../../core/annotate/comments';
import { HostError } from '../host';
import type { WpsComment, WpsRange } from './et';
import { messages } from './messages';

/**
 * The author's name WPS may put before the text AddComment is given, as its UI starts a comment ("审核员:\n…",
 * reported on some builds): a name without a line break or colon, a colon (either width), then at most one line
 * break. The name is the WPS user's, the same for a person's comment, so the label alone says nothing about whose
 * text follows it.
 */
const AUTHOR_LABEL = /^[^\r\n:：]{1,64}[:：][ \t]*(?:\r\n|\n|\r)?/;

/**
 * A comment's text as the person's part and our lines, with or without the author label WPS may have added when we
 * created the comment. A label followed at once by our first line came with our AddComment (a person's comment has
 * their text under the label, and mergeComment puts ours below it): it belongs to us and goes with our lines. Every
 * other label, and the text under it, is the person's and is kept byte for byte. The one case this cannot tell is a
 * person's empty comment holding only the label, to which we added our lines: it is taken for ours.
 */
export function splitWpsComment(text: string): { person: string; ours: string[] } {
  const whole = splitComment(text);
  if (isOurLine(text)) return whole;
  const label = AUTHOR_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : '';
  return isOurLine(rest) ? splitComment(rest) : whole;
}

/** True when the comment holds at least one line of ours (an author label before them or not). */
export function hasWpsOurLines(text: string): boolean {
  return splitWpsComment(text).ours.length > 0;
}

/** Line breaks as '\n', trailing white space dropped: what WPS may normalise in stored comment text is not a change. */
function normalised(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** True when the comment WPS holds is `want`, or `want` under an author label WPS added. */
export function sameComment(now: string | null, want: string | null): boolean {
  if (now === null || want === null) return now === want;
  const a = normalised(now);
  const b = normalised(want);
  if (a === b) return true;
  if (!a.endsWith(b)) return false;
  const head = a.slice(0, a.length - b.length);
  return AUTHOR_LABEL.exec(head)?.[0] === head;
}

export function commentText(range: WpsRange): string | null {
  const comment = range.Comment;
  return comment ? comment.Text() : null;
}

/** The most characters passed to WPS in one string: longer ones are reported to be cut there. */
const PIECE = 255;

/** `text` in pieces of at most PIECE characters, never between the two halves of a surrogate pair. */
export function piecesOf(text: string, size = PIECE): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let cut = Math.min(at + size, text.length);
    const last = text.charCodeAt(cut - 1);
    if (cut < text.length && cut > at + 1 && last >= 0xd800 && last <= 0xdbff) cut--;
    out.push(text.slice(at, cut));
    at = cut;
  }
  return out;
}

/**
 * Puts `text` in the cell's comment, or deletes the comment for null. The first piece replaces the text (Text
 * without Start) or creates the comment; every further piece is inserted at the end (Start one past the length WPS
 * reports, so an author label and any line-break form WPS stores are counted; Overwrite 0 is False). The text is
 * read back: a comment WPS did not take whole is an error, so the run is undone rather than leaving lines cut.
 */
export function setComment(range: WpsRange, text: string | null, where: string): void {
  const existing = range.Comment;
  if (text === null || text === '') {
    if (existing) existing.Delete();
    return;
  }
  const [first, ...rest] = piecesOf(text);
  let comment: WpsComment;
  if (existing) {
    existing.Text(first);
    comment = existing;
  } else comment = range.AddComment(first);
  for (const piece of rest) comment.Text(piece, comment.Text().length + 1, 0);
  if (!sameComment(comment.Text(), text)) throw new HostError(messages.commentCut(where));
}

/** The comment with our lines replaced by `lines` (a person's text kept byte for byte); null when nothing is left. */
export function replaceOurLines(text: string | null, lines: readonly string[]): string | null {
  const person = text === null ? null : splitWpsComment(text).person;
  const merged = mergeComment(person, lines);
  return merged === '' ? null : merged;
}
