// Zero-width spaces and joiners, the word joiner and the byte-order mark come along when text is pasted from
// web pages, chats or Word. Nobody sees them, so a value holding one looks right and is not.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text without invisible characters; everything else as it is. */
export const withoutInvisible = (s: string): string => s.replace(INVISIBLE, '');
