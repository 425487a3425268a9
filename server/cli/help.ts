/** Help texts of `pilar <command> --help`, in Bahasa Indonesia. */
export const HELP: Record<string, string> = {
  '': `Pemakaian: pilar <perintah> [opsi]

Perintah:
  serve          Menjalankan server web dan API (default http://localhost:8080)
  migrate        Menerapkan migrasi basis data dan memuat kode wilayah
  seed --demo    Memuat data demo sintetis ke registri yang masih kosong
  audit verify   Memeriksa keutuhan rantai hash log audit

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
  audit: `Pemakaian: pilar audit verify

Menelusuri seluruh log audit sesuai urutan dan memeriksa rantai hash setiap entri.
Keluar dengan kode 0 bila utuh, 1 bila ada entri yang diubah atau hilang (nomor entri pertama disebutkan).`,
};
