import type { RuleIssue } from './issue.ts';

// Words people in Indonesian offices reach for first; a password built on them falls to a dictionary attack.
const WEAK_WORDS = [
  'password',
  'passw0rd',
  'qwerty',
  'asdfgh',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'iloveyou',
  'rahasia',
  'sandi',
  'katasandi',
  'masuk',
  'bismillah',
  'alhamdulillah',
  'insyaallah',
  'assalamualaikum',
  'indonesia',
  'merdeka',
  'garuda',
  'pancasila',
  'jakarta',
  'surabaya',
  'malang',
  'aremania',
  'arema',
  'sayang',
  'cinta',
  'cintaku',
  'sayangku',
  'kangen',
  'rindu',
  'bunda',
  'ibu',
  'bapak',
  'ayah',
  'anak',
  'keluarga',
  'sukses',
  'rezeki',
  'berkah',
  'barokah',
  'selamat',
  'semangat',
  'juara',
  'bintang',
  'mawar',
  'melati',
  'anggrek',
  'kucing',
  'harimau',
  'dinas',
  'kantor',
  'pemkot',
  'pemda',
  'pegawai',
  'operator',
  'pendamping',
  'pilar',
  'umkm',
  'usaha',
  'industri',
  'rumahan',
  'dp3ap2kb',
  'siti',
  'dewi',
  'sri',
  'budi',
  'agus',
  'joko',
  'eko',
  'wahyu',
  'rahmat',
  'muhammad',
  'ahmad',
  'nur',
  'putri',
  'putra',
  'indah',
  'ayu',
];
const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

export const PASSWORD_MIN_LENGTH = 10;

function unleet(s: string): string {
  return [...s.toLowerCase()].map((c) => LEET[c] ?? c).join('');
}

/** Length of the password once dictionary words, sequences and repeats are taken out: what a guesser still has to find. */
function residualLength(pw: string, context: string[]): number {
  let rest = unleet(pw);
  // "Ratna Sari" and "bu.ratna" give ratnasari, ratna, sari: each is a guess an attacker who knows the user tries.
  const personal = context
    .flatMap((c) => [c.replace(/[^a-z0-9]/gi, ''), ...c.split(/[^a-z0-9]+/i)])
    .map(unleet);
  const words = [...WEAK_WORDS, ...personal.filter((c) => c.length >= 3)].sort((a, b) => b.length - a.length);
  for (const w of words) rest = rest.split(w).join('');
  for (const seq of SEQUENCES) {
    for (let len = seq.length; len >= 3; len--) {
      for (let i = 0; i + len <= seq.length; i++) rest = rest.split(seq.slice(i, i + len)).join('');
    }
  }
  // Years and trailing digits or marks ("1987", "123", "!!") add little to what a guesser tries.
  return rest
    .replace(/(19|20)\d{2}/g, '')
    .replace(/(.)\1{2,}/g, '$1')
    .replace(/[\d\W_i]{1,4}$/, '').length;
}

/** Strength 0–4 and what to fix; the policy accepts 3 or more. Context: username, name and the like. */
export function passwordStrength(
  pw: string,
  context: string[] = [],
): { score: 0 | 1 | 2 | 3 | 4; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  if (pw.length < PASSWORD_MIN_LENGTH) {
    issues.push({
      code: 'PASSWORD_TOO_SHORT',
      message: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter; yang diisi ${pw.length}.`,
    });
  }
  const rest = residualLength(pw, context);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  if (rest < 6) {
    issues.push({
      code: 'PASSWORD_GUESSABLE',
      message:
        'Kata sandi mudah ditebak (kata umum, nama, urutan atau angka tahun). Gabungkan beberapa kata yang tidak berhubungan.',
    });
  }
  const raw = Math.floor(rest / 4) + (classes >= 3 ? 1 : 0);
  const capped = issues.length ? Math.min(raw, 2) : Math.max(3, raw);
  return { score: Math.max(0, Math.min(4, capped)) as 0 | 1 | 2 | 3 | 4, issues };
}
