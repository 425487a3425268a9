import type { Random } from '../../server/modules/demo/random.ts';
import { validateNik } from '../../shared/rules/nik.ts';

/** FEBRL-style corruption of names, numbers and addresses, with the noise of Indonesian office data. */

const LETTERS = 'abcdefghijklmnoprstuwy';
const VOWELS = 'aiueo';

/** One substitution, insertion, deletion or transposition, never on the first letter of the text. */
export function typo(text: string, rnd: Random): string {
  const positions = [...text].flatMap((c, i) => (i > 0 && /[a-z]/i.test(c) ? [i] : []));
  if (positions.length < 2) return text;
  const i = rnd.pick(positions);
  const c = text[i] ?? '';
  const lower = c === c.toLowerCase();
  const letter = (s: string) => (lower ? s : s.toUpperCase());
  const other = VOWELS.includes(c.toLowerCase()) ? rnd.pick([...VOWELS]) : rnd.pick([...LETTERS]);
  const kind = rnd.weighted([
    ['sub', 4],
    ['ins', 2],
    ['del', 3],
    ['swap', 3],
  ] as const);
  if (kind === 'sub') return text.slice(0, i) + letter(other) + text.slice(i + 1);
  if (kind === 'ins') return text.slice(0, i) + letter(other) + text.slice(i);
  if (kind === 'del') return text.slice(0, i) + text.slice(i + 1);
  const next = text[i + 1];
  if (!next || !/[a-z]/i.test(next))
    return text.slice(0, i - 1) + c + (text[i - 1] ?? '') + text.slice(i + 1);
  return text.slice(0, i) + next + c + text.slice(i + 2);
}

/** Pre-1972 spelling as older officers still type it: Soemiati, Djoko, Tjahaja, Joeliati. */
export function oldSpelling(text: string): string {
  return text
    .replace(/([bcdfghjklmnpqrstvwxyz])u/gi, (_, c: string) => `${c}oe`)
    .replace(/^U/, 'Oe')
    .replace(/j/g, 'dj')
    .replace(/J/g, 'Dj')
    .replace(/c/g, 'tj')
    .replace(/C/g, 'Tj')
    .replace(/y/g, 'j')
    .replace(/Y/g, 'J');
}

const WOMEN_TITLES = ['Hj.', 'Hj', 'Ibu', 'Bu', 'Ny.', 'Ibu Hj.'];
const MEN_TITLES = ['H.', 'Bpk.', 'Pak', 'Bapak', 'H'];

export function withTitle(name: string, gender: 'L' | 'P', rnd: Random): string {
  if (rnd.chance(0.1)) return `${name}, ${rnd.pick(['S.Pd', 'S.E.', 'Amd'])}`;
  return `${rnd.pick(gender === 'P' ? WOMEN_TITLES : MEN_TITLES)} ${name}`;
}

/** "Siti Nur Aminah" → "Siti N. Aminah" or "Siti Nur A."; "Muhammad" → "Moch"/"M.". */
export function abbreviate(name: string, rnd: Random): string {
  const parts = name.split(' ');
  if (parts[0] === 'Muhammad')
    return [rnd.pick(['Moch', 'M.', 'Moh.', 'Mochammad']), ...parts.slice(1)].join(' ');
  if (parts.length < 2) return name;
  const i = parts.length > 2 && rnd.chance(0.5) ? 1 : parts.length - 1;
  return parts.map((p, j) => (j === i ? `${p[0]}.` : p)).join(' ');
}

/** Two-part names with the parts swapped: "Aminah Siti". */
export function swapWords(name: string): string {
  const parts = name.split(' ');
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : name;
}

/** One mistyped digit or two adjacent digits swapped, kept only when the NIK stays valid and unused. */
export function nikTypo(nik: string, taken: ReadonlySet<string>, rnd: Random): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const i = rnd.int(6, 15);
    const chars = [...nik];
    if (rnd.chance(0.5) && i < 15) [chars[i], chars[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
    else chars[i] = String((Number(chars[i]) + rnd.int(1, 9)) % 10);
    const out = chars.join('');
    if (out !== nik && !taken.has(out) && validateNik(out).errors.length === 0) return out;
  }
  return nik;
}

/** One subscriber digit mistyped in an E.164 number. */
export function phoneTypo(phone: string, rnd: Random): string {
  const i = rnd.int(6, phone.length - 1);
  return phone.slice(0, i) + String((Number(phone[i]) + rnd.int(1, 9)) % 10) + phone.slice(i + 1);
}

/** Jl. → Jalan/Jln/Jl, Gg. → Gang, "No. 12" → "No.12"/"12". */
export function streetVariant(street: string, rnd: Random): string {
  return street
    .replace(/^Jl\. /, `${rnd.pick(['Jalan', 'Jln.', 'Jl', 'JL.', 'Jln'])} `)
    .replace(/Gg\. /, rnd.chance(0.5) ? 'Gang ' : 'Gg ')
    .replace(/ No\. (\d+)/, rnd.chance(0.5) ? ' No.$1' : ' $1');
}

/** Business names as other offices write them: UD/CV prefix, Kripik/Keripik, the owner's name, upper case. */
export function businessVariant(name: string, label: string, owner: string, rnd: Random): string {
  const r = rnd.next();
  if (/Kripik|Keripik/.test(name) && r < 0.3)
    return name.replace(/Kripik|Keripik/, (m) => (m === 'Kripik' ? 'Keripik' : 'Kripik'));
  if (r < 0.5 && !/^(UD|CV) /.test(name)) return `${rnd.pick(['UD', 'UD.', 'CV', 'CV.'])} ${name}`;
  if (r < 0.6 && /^(UD|CV)\.? /.test(name)) return name.replace(/^(UD|CV)\.? /, '');
  if (r < 0.75 && !name.includes(owner)) return `${label} ${owner}`;
  if (r < 0.85) return name.toUpperCase();
  return name.replace(/ (Jaya|Makmur|Abadi|Sejahtera|Barokah|Berkah)$/, '');
}

/** A turnover as an office records it: rounded to its step, sometimes reported a bit higher or lower. */
export function roundTurnover(value: number, step: number, rnd: Random): number {
  const drift = rnd.chance(0.2) ? 1 + rnd.normal(0, 0.12) : 1;
  return Math.max(step, Math.round((value * drift) / step) * step);
}
