// Strings of printed reports and the withdrawn participants of a session (spread into id.ts and en.ts).

export const reportsId = {
  'print.profile': 'Cetak profil',
  'print.programme': 'Cetak laporan',
  'print.leaderSummary': 'Ringkasan pimpinan (PDF)',
  'participant.withdrawnTitle': 'Mundur dari sesi',
  'participant.withdrawnNote': 'Tidak dihitung di kursi.',
  'participant.withdrawnOn': 'Mundur {date}',
};

export const reportsEn: Record<keyof typeof reportsId, string> = {
  'print.profile': 'Print profile',
  'print.programme': 'Print report',
  'print.leaderSummary': 'Leader summary (PDF)',
  'participant.withdrawnTitle': 'Withdrawn from the session',
  'participant.withdrawnNote': 'Not counted in the seats.',
  'participant.withdrawnOn': 'Withdrew {date}',
};
