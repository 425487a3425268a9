/** Indonesian (Javanese-heavy, some Madurese and Arabic) names and Malang street names for demo data. */

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const WOMEN_FIRST = words(`
  Siti Sri Tri Dwi Endang Sulastri Suprapti Sumiati Wahyuni Kartini Lestari Rahayu Ningsih Yuliana Dewi Nur
  Umi Ani Tutik Yuli Suharti Sutini Mariyam Aminah Fatimah Khotimah Rukmini Painem Juminten Sukarti Winarti
  Murni Sunarsih Suwarni Puji Eni Erna Anik Titik Ida Lilik Nanik Yayuk Ratna Indah Fitri Novi Rina Dian Ika
  Wulan Ayu Putri Nurul Laili Zulaikha Muslimah Hartini Tumini Sumarni Sugiyarti Suminah Poniyem Tukiyem
  Ngatini Katini Parmi Sarmi Warsini Yatmi Susilowati Setyorini Kusmiati Rusmini Sumarsih Supiyah Musripah
  Masruroh Maimunah Sitti Holifah Mutmainah Nurhasanah Rohmatul Ainun Halimah Saodah Salamah Komariyah
  Sholihah Hasanah Nikmah Faridah Mahmudah Ernawati Sulistyani Widayati Retno Kurnia Tanti Yeni Wiwik Yuni
  Sumini Lusi Meta Anis Hanik Endah Heni Ninik Emi Tatik Ririn Nuning Siswati Sulis Agustina Rini Evi Ambar
  Sekar Ratih Galuh Larasati Kinanti Anjani Nabila Aisyah Zahra Nadia Salsabila Dinda Anggun Citra Vina
`);

export const WOMEN_SECOND = words(`
  Aminah Rahayu Lestari Wahyuni Handayani Susanti Purwanti Kurniawati Setyowati Rahmawati Hidayati Mulyani
  Sulistyowati Wulandari Safitri Astuti Utami Ningsih Suryani Yuliati Maryati Hartatik Kusumawati Anggraini
  Fauziah Zubaidah Mahmudah Khasanah Rohmah Nurhayati Rahmah Puspitasari Permatasari Indrawati Sulistiani
  Wijayanti Prihatin Ernawati Suprihatin Sumarni Winarsih Mardiyah Maslikhah Rofiah Hayati Jannah Farida
  Yuliana Oktaviani Septiani Novitasari Agustin Damayanti Pratiwi Saraswati Anjarwati Setyaningsih
  Wahyuningsih Sriwahyuni Rukmana Fitriani Istiqomah Musyarofah Chusnul Solikhah Nuraini Kholifah
`);

export const MEN_FIRST = words(`
  Agus Bambang Budi Joko Slamet Sugeng Heru Hadi Eko Tri Wahyu Ahmad Muhammad Moch Abdul Imam Sutrisno
  Suparman Supriyadi Hariyanto Suwarno Sunarto Gatot Yudi Rudi Hendra Arif Fajar Rizki Andi Dedi Didik Edi
  Hari Teguh Wawan Yanto Bagus Dimas Aris Anton Bayu Sugianto Paiman Ngadiman Tukiran Sukardi Kasiman Mulyono
  Parjo Kusnadi Sumarno Karyono Sudarmaji Mujiono Sholeh Holil Rosyid Kholik Mustofa Syaiful Nurhadi Zainal
  Ali Hasan Husen Umar Yusuf Ilham Lukman Hamid Samsul Suyitno Suroso Darmaji Priyo Prapto Wiji Yoyok Totok
  Gunawan Hendro Iwan Rahmat Sapto Catur Dodik Sigit Taufik Ferry Galih Reza Rendra Aditya Yoga Arya Danang
`);

export const MEN_SECOND = words(`
  Santoso Susanto Prasetyo Wibowo Hidayat Setiawan Kurniawan Gunawan Nugroho Saputra Purnomo Suprapto
  Widodo Hartono Siswanto Sutrisno Yulianto Hermawan Rahman Hakim Efendi Arifin Syaifudin Kholik Mukhlis
  Fauzi Ridwan Wahyudi Suryadi Sugiarto Prayitno Haryono Subagyo Sulistyo Sudarsono Mulyadi Riyanto
  Setyawan Firmansyah Hidayatullah Maulana Ramadhan Pratama Wijaya Kusuma Darmawan Budiman Suharto
  Sumarsono Triyono Winarno Harianto Supardi Ismail Rohman Anshori Mansur Bahri Zainuddin Junaidi Asmuni
`);

/** Common street names across Malang; kelurahan names are added at run time (Jl. Raya Dinoyo …). */
export const STREETS = words(`
  Kenanga Mawar Melati Dahlia Anggrek Cempaka Flamboyan Teratai Kamboja Seruni Bougenville Sakura
  Semeru Arjuno Bromo Kawi Welirang Panderman Butak Raung Lawu Merbabu Tengger Ijen
  Brantas Bengawan_Solo Serayu Citarum Mahakam Barito Kapuas Musi Cisadane Progo
  Danau_Toba Danau_Kerinci Danau_Maninjau Danau_Sentani Danau_Ranau Danau_Poso
  Kahuripan Kertanegara Singosari Mataram Majapahit Gajayana Airlangga Ken_Arok Ki_Ageng_Gribig
  Mayjen_Panjaitan Letjen_Sutoyo Kol_Sugiono Sukarno_Hatta Ahmad_Yani Gatot_Subroto Diponegoro
  Kartini Dewi_Sartika Cut_Nyak_Dien Sultan_Agung Hasanuddin Pattimura Imam_Bonjol Teuku_Umar
  Janti Gadang Mergan Kepuh Candi_Panggung Candi_Jago Candi_Kidal Simpang_Borobudur Terusan_Ambarawa
  Mangga Jambu Durian Nangka Sawo Kedondong Sirsak Belimbing Rambutan Salak Kelapa Pisang
`).map((s) => s.replace(/_/g, ' '));

export const GANG = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', '1', '2', '3', '4', '5'];

/** Mobile prefixes of the three big operators; numbers are never validated by prefix, only stored as E.164. */
export const PHONE_PREFIXES = [
  '811',
  '812',
  '813',
  '821',
  '822',
  '823',
  '852',
  '853',
  '851',
  '855',
  '856',
  '857',
  '858',
  '877',
  '878',
  '838',
  '831',
  '895',
  '896',
  '897',
  '898',
  '881',
  '882',
];
