/**
 * A feed's text as pieces in order: the text of items gathered into pieces of about PIECE_CHARS
 * characters, and each shared value (the shipping of all variants of one weight) as its own piece,
 * the same string every time, so that an encoder can encode it once rather than once per item.
 * Joined, the pieces are the feed.
 */
export type FeedPieces = readonly string[];

const PIECE_CHARS = 65_536;

export function createPieceWriter(): { text(t: string): void; shared(t: string): void; done(): string[] } {
  const out: string[] = [];
  let pending = '';
  return {
    text(t) {
      pending += t;
      if (pending.length >= PIECE_CHARS) {
        out.push(pending);
        pending = '';
      }
    },
    shared(t) {
      if (pending !== '') out.push(pending);
      pending = '';
      out.push(t);
    },
    done() {
      if (pending !== '' || out.length === 0) out.push(pending);
      return out;
    },
  };
}
