/** Help texts of `pilar <command> --help`, in Bahasa Indonesia. */
export const HELP: Record<string, string> = {
  '': `Pemakaian: pilar <perintah> [opsi]

Perintah:
  serve          Menjalankan server web dan API (default http://localhost:8080)
  migrate        Menerapkan migrasi basis data dan memuat kode wilayah
  seed --demo    Memuat data demo sintetis ke registri yang masih kosong
  audit verify   Memeriksa keutuhan rantai hash log audit
  import <berkas> --source "<kantor>"   Mengimpor spreadsheet (.xlsx, .ods, .csv) ke registri
  linkage run    Menautkan ulang seluruh registri (menggabungkan yang pasti sama, sisanya ke antrean tinjauan)
  export source-rows --format csv   Mengekspor setiap baris sumber yang diimpor beserta hasilnya
  backup <berkas>   Mencadangkan seluruh isi basis data ke satu berkas
  restore <berkas>  Memulihkan basis data dari berkas cadangan (menggantikan semua data)

Tambahkan --help pada perintah untuk rinciannya. Konfigurasi lewat variabel lingkungan (lihat README).`,
  serve: `Pemakaian: pilar serve

Menerapkan migrasi, memuat kode wilayah, membuat akun admin pertama bila belum ada, memuat data demo
(pada basis data bawaan yang kosong), lalu melayani aplikasi di PORT (default 8080).`,
  migrate: `Pemakaian: pilar migrate

Menerapkan semua migrasi yang belum dijalankan dan memuat kode wilayah Kemendagri bila belum ada.
Aman dijalankan saat server berjalan: memakai server basis data yang sama.`,
  seed: `Pemakaian: pilar seed --demo

Memuat data demo sintetis (99.213 usaha mikro Kota Malang) dan satu akun demo per peran ke registri
yang masih kosong. NIK dalam data demo dibuat acak dengan format valid; bukan data orang sungguhan.`,
  backup: `Pemakaian: pilar backup <berkas>

Mencadangkan seluruh isi basis data (registri, riwayat, akun, log audit) ke satu berkas terkompresi,
dari satu potret yang konsisten; server boleh tetap berjalan. Berkas ditulis dulu sebagai <berkas>.partial
dan baru diberi nama akhir setelah lengkap. Berkas berisi data pribadi (NIK) dan hanya dapat dibaca
pemiliknya (mode 600); simpan di tempat aman. Sesi masuk tidak ikut dicadangkan.
Contoh: pilar backup cadangan/pilar-2026-11-29.pilar.gz`,
  restore: `Pemakaian: pilar restore <berkas>

Memeriksa berkas cadangan (checksum SHA-256 dan versi skema), menerapkan migrasi, lalu MENGGANTIKAN
seluruh isi basis data dengan isi cadangan dalam satu transaksi: bila gagal, data lama tetap utuh.
Cadangan harus dibuat dengan versi skema yang sama; cadangan dari versi lama dipulihkan dengan versi
Pilar yang membuatnya, lalu diperbarui. Semua sesi masuk berakhir; pengguna perlu masuk kembali.
Sebaiknya hentikan server selama pemulihan, lalu jalankan kembali.`,
  import: `Pemakaian: pilar import <berkas> --source "<kantor asal>" [--sheet N] [--dry-run] [--mapping <berkas.json>]

Membaca .xlsx, .ods atau .csv (koma atau titik koma; UTF-8 atau Windows-1252), menemukan baris judul
kolom, memetakan kolom otomatis (atau memakai templat kantor itu, atau --mapping), memeriksa setiap baris,
lalu menyimpan baris yang valid dan menautkannya ke pelaku dan usaha yang sudah ada. Kemajuan dan
ringkasan ditulis ke stderr. Dengan --dry-run tidak ada yang disimpan. Berkas --mapping berisi JSON
{"Judul kolom": "isian"} atau [{"column": 0, "field": "nik"}]; untuk kolom tanggal yang ditulis
bulan/hari/tahun tambahkan "dateOrder": "mdy". Kode keluar bukan 0 hanya bila pekerjaan
impor itu sendiri gagal; baris yang ditolak dilaporkan, bukan kegagalan.`,
  linkage: `Pemakaian: pilar linkage run

Membandingkan semua pelaku dan usaha di registri: pasangan yang pasti sama digabungkan (dapat dibatalkan),
pasangan yang mungkin sama masuk antrean tinjauan. Pasangan yang pernah diputuskan berbeda tidak diusulkan lagi.
Pasangan yang masih terbuka di antrean ditimbang ulang dengan data keduanya sekarang: skor dan buktinya
diperbarui, dan yang tidak lagi cukup mirip keluar dari antrean.`,
  export: `Pemakaian: pilar export source-rows --format csv

Menulis ke stdout satu baris per baris sumber yang diimpor: file,sheet_row,status,reason,person_id,business_id
(sheet_row = nomor baris seperti di aplikasi spreadsheet; id = rekaman registri hasil penggabungan).`,
  audit: `Pemakaian: pilar audit verify

Menelusuri seluruh log audit sesuai urutan dan memeriksa rantai hash setiap entri.
Keluar dengan kode 0 bila utuh, 1 bila ada entri yang diubah atau hilang (nomor entri pertama disebutkan).`,
};
