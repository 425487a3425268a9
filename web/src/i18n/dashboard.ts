// Strings of the dashboard's filters and breakdowns (spread into id.ts and en.ts).

export const dashboardId = {
  'dashf.toggle': 'Saring',
  'dashf.toggleActive': 'Saring ({n})',
  'dashf.heading': 'Saringan dasbor',
  'dashf.level': 'Level IR',
  'dashf.levelNone': 'Belum dinilai',
  'dashf.krtp': 'Dikelola perempuan kepala rumah tangga (KRTP)',
  'dashf.from': 'Periode dari',
  'dashf.to': 'Periode sampai',
  'dashf.asOf': 'Per tanggal',
  'dashf.asOfHelp':
    'Angka seperti registri pada akhir tanggal itu (dari riwayat perubahan): tiap usaha dihitung dengan wilayah, sektor, level IR, status, dan KRTP pemiliknya pada tanggal itu, termasuk izin dan arus periode.',
  'dashf.periodHelp': 'Pendaftaran, naik kelas, izin terbit, dan peserta program dihitung dalam periode ini.',
  'dashf.reset': 'Hapus saringan',
  'dashf.asOfNote':
    'Posisi registri per {date}. Tautan ke daftar usaha menampilkan data saat ini, jadi dimatikan.',
  'dashf.openList': 'Buka daftar usaha: {label}, {n}',
  'dash.byKelurahan': 'Per kelurahan',
  'dash.byKelurahanCaption': 'Jumlah usaha per kelurahan di kecamatan yang dipilih',
  'dash.byLevel': 'Per level IR',
  'dash.byLevelCaption': 'Jumlah usaha per level industri rumahan (penilaian terakhir yang dikonfirmasi)',
  'dash.flows': 'Dalam periode {from} – {to}',
  'dash.flowsCaption': 'Arus dalam periode: usaha berbeda yang mengalami peristiwa itu',
  'dash.flowRegistered': 'Usaha terdaftar',
  'dash.flowNaik': 'Naik kelas',
  'dash.flowPermit': 'Memperoleh izin',
  'dash.flowProgramme': 'Ikut program',
  'dash.chartOf': 'Grafik {title}; angka yang sama ada di tabel.',
  'list.total': '{n} usaha cocok dengan saringan',
  'list.hidden':
    '{n} usaha lain juga cocok tetapi tidak ditampilkan: pemiliknya menarik persetujuan atau datanya telah dihapus (UU PDP). Angka dasbor tetap menghitungnya sebagai jumlah agregat.',
} as const;

export const dashboardEn: Record<keyof typeof dashboardId, string> = {
  'dashf.toggle': 'Filter',
  'dashf.toggleActive': 'Filter ({n})',
  'dashf.heading': 'Dashboard filters',
  'dashf.level': 'IR level',
  'dashf.levelNone': 'Not assessed',
  'dashf.krtp': 'Run by a woman head of household (KRTP)',
  'dashf.from': 'Period from',
  'dashf.to': 'Period to',
  'dashf.asOf': 'As of date',
  'dashf.asOfHelp':
    "Figures as the registry stood at the end of that day (from the change history): each business counts with the area, sector, IR level, status and owner's KRTP flag it had that day, permits and period flows included.",
  'dashf.periodHelp':
    'Registrations, level rises, permits issued and programme participants within this period.',
  'dashf.reset': 'Clear filters',
  'dashf.asOfNote': 'Registry as of {date}. Links to the business list show current data, so they are off.',
  'dashf.openList': 'Open the business list: {label}, {n}',
  'dash.byKelurahan': 'By kelurahan',
  'dash.byKelurahanCaption': 'Businesses per kelurahan of the chosen kecamatan',
  'dash.byLevel': 'By IR level',
  'dash.byLevelCaption': 'Businesses per home-industry level (latest confirmed assessment)',
  'dash.flows': 'Within {from} – {to}',
  'dash.flowsCaption': 'Flows within the period: distinct businesses with that event',
  'dash.flowRegistered': 'Registered',
  'dash.flowNaik': 'Rose a level',
  'dash.flowPermit': 'Obtained a permit',
  'dash.flowProgramme': 'Joined a programme',
  'dash.chartOf': 'Chart of {title}; the table holds the same figures.',
  'list.total': '{n} businesses match the filter',
  'list.hidden':
    '{n} more businesses match but are not shown: their owner withdrew consent or had their data erased (UU PDP). The dashboard still counts them, as aggregates.',
};
