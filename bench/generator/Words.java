import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Indonesian text for generated cases: titles, purposes, substances, respondents and public answers, put together from
 * word lists of the four demo regions and of public services (written for Suara's benchmark; see bench/generate).
 * Texts use words, plain numbers, commas and full stops only, so that their search vector can be built word by word.
 */
final class Words {

    private Words() {}

    /** Kecamatan of each demo institution's region, by institution code. */
    static final Map<String, String[]> DISTRICTS = Map.of(
            "dprd-kebumen", new String[] {"Kebumen", "Petanahan", "Gombong", "Karanganyar", "Prembun", "Kutowinangun",
                "Ambal", "Mirit", "Puring", "Klirong", "Buluspesantren", "Sruweng", "Pejagoan", "Alian", "Karanggayam",
                "Sempor", "Rowokele", "Ayah", "Buayan", "Kuwarasan", "Adimulyo", "Bonorowo", "Padureso", "Poncowarno",
                "Sadang", "Karangsambung"},
            "setwan-pekalongan", new String[] {"Pekalongan Barat", "Pekalongan Timur", "Pekalongan Utara",
                "Pekalongan Selatan"},
            "dpmd-kukar", new String[] {"Tenggarong", "Tenggarong Seberang", "Loa Janan", "Loa Kulu", "Sebulu",
                "Muara Badak", "Anggana", "Samboja", "Muara Jawa", "Sangasanga", "Kota Bangun", "Muara Kaman",
                "Kembang Janggut", "Tabang", "Marangkayu", "Muara Muntai", "Kenohan", "Muara Wis"},
            "diskominfo-demak", new String[] {"Demak", "Bonang", "Wedung", "Mijen", "Karanganyar", "Gajah", "Dempet",
                "Wonosalam", "Mranggen", "Karangawen", "Guntur", "Sayung", "Karangtengah", "Kebonagung"});

    /** Desa and kelurahan of each region. */
    static final Map<String, String[]> VILLAGES = Map.of(
            "dprd-kebumen", new String[] {"Panjer", "Bumirejo", "Tamanwinangun", "Karangsari", "Jatisari", "Kutosari",
                "Banyumudal", "Tanjungsari", "Karangrejo", "Sidomulyo", "Ayamputih", "Tegalretno", "Karangbolong",
                "Argopeni", "Candirenggo", "Wonosari", "Kedungwaru", "Sumberadi", "Pesuruhan", "Srusuhjurutengah",
                "Logede", "Kaliwungu", "Grenggeng", "Kewayuhan", "Ungaran", "Sidoagung"},
            "setwan-pekalongan", new String[] {"Medono", "Tirto", "Pasirkratonkramat", "Bendan", "Podosugih",
                "Kraton Lor", "Kergon", "Sapuro", "Kauman", "Poncol", "Noyontaan", "Klego", "Sugihwaras",
                "Panjang Wetan", "Kandang Panjang", "Degayu", "Krapyak", "Banyurip", "Kuripan", "Buaran", "Jenggot",
                "Kradenan", "Soko", "Duwet", "Setono", "Landungsari", "Bandengan"},
            "dpmd-kukar", new String[] {"Loa Ipuh", "Mangkurawang", "Bukit Biru", "Sukarame", "Jahab", "Embalut",
                "Bhuana Jaya", "Separi", "Loa Duri", "Batuah", "Tanjung Limau", "Sebuntal", "Handil Baru", "Salo Palai",
                "Sungai Meriam", "Teluk Dalam", "Kembang Janggut Ulu", "Muara Enggelam", "Pela", "Kedang Ipil"},
            "diskominfo-demak", new String[] {"Bintoro", "Katonsari", "Mangunjiwan", "Betokan", "Kalikondang",
                "Sidorejo", "Timbulsloko", "Bedono", "Purwosari", "Tugu", "Morodemak", "Serangan", "Kedungmutih",
                "Jleper", "Banyumeneng", "Batursari", "Kebonbatur", "Wonokerto", "Gaji", "Tlogoweru", "Kuwu"});

    static final String[] INFRASTRUCTURE = {"jalan kabupaten", "jalan desa", "jalan usaha tani", "jembatan gantung",
        "jembatan penghubung antardesa", "saluran irigasi", "saluran drainase", "gorong gorong", "tanggul sungai",
        "talud penahan tanah", "lampu penerangan jalan umum", "trotoar", "pasar tradisional", "terminal angkutan",
        "balai desa", "gedung sekolah dasar", "pos kesehatan desa", "lapangan olahraga", "tempat pembuangan sampah",
        "jaringan air bersih", "embung desa", "bendungan kecil", "dermaga nelayan", "tempat pelelangan ikan",
        "jalan lingkungan", "rumah tidak layak huni", "sumur bor", "pintu air", "halte", "jalan poros kecamatan"};

    static final String[] SERVICES = {"pelayanan kartu tanda penduduk elektronik", "pembuatan akta kelahiran",
        "pengurusan kartu keluarga", "pelayanan puskesmas", "pelayanan rumah sakit umum daerah",
        "kepesertaan jaminan kesehatan", "penyaluran bantuan sosial", "penyaluran bantuan langsung tunai dana desa",
        "pembagian pupuk bersubsidi", "pelayanan air minum", "pengangkutan sampah rumah tangga",
        "penerimaan peserta didik baru", "pelayanan perizinan usaha", "penerbitan sertifikat tanah",
        "pelayanan angkutan umum", "penyaluran beasiswa pendidikan", "pelayanan administrasi desa",
        "pendataan keluarga miskin", "pelayanan listrik", "pelatihan kerja bagi pemuda"};

    static final String[] AID = {"bibit padi", "alat mesin pertanian", "perahu dan jaring", "modal usaha mikro",
        "seragam sekolah", "kursi roda", "rehabilitasi rumah", "pompa air", "benih ikan", "pupuk organik",
        "peralatan posyandu", "buku bacaan perpustakaan desa", "alat musik kesenian tradisional",
        "sarana ibadah", "peralatan pemadam kebakaran"};

    static final String[] PROBLEMS = {"rusak berat", "berlubang di banyak titik", "ambrol", "tersumbat lumpur",
        "padam", "tidak berfungsi", "tergenang air", "retak dan amblas", "terkikis arus sungai",
        "belum pernah diperbaiki", "licin dan berbahaya", "tertutup material longsoran", "menyempit",
        "dipenuhi sampah", "bocor", "rapuh dan miring"};

    static final String[] SERVICE_PROBLEMS = {"berjalan sangat lambat", "tidak tepat sasaran", "dipungut biaya tambahan",
        "antreannya terlalu panjang", "tidak jelas jadwalnya", "sering tertunda tanpa pemberitahuan",
        "petugasnya kurang ramah", "persyaratannya berubah ubah", "belum diterima sama sekali",
        "datanya tidak sesuai", "blankonya sering habis", "sistemnya sering gangguan"};

    static final String[] PEOPLE = {"warga", "petani", "nelayan", "pedagang pasar", "siswa", "guru honorer",
        "ibu rumah tangga", "pengendara sepeda motor", "warga lanjut usia", "penyandang disabilitas", "ketua RT",
        "kepala desa", "perangkat desa", "karang taruna", "kelompok tani", "pelaku usaha mikro", "buruh pabrik",
        "pengemudi ojek", "bidan desa", "tokoh masyarakat", "kelompok wanita tani", "pengurus masjid",
        "orang tua murid", "pekerja migran"};

    static final String[] RESPONDENTS = {"Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Kesehatan",
        "Dinas Pendidikan dan Kebudayaan", "Dinas Sosial", "Dinas Perhubungan", "Dinas Lingkungan Hidup",
        "Dinas Kependudukan dan Pencatatan Sipil", "Badan Penanggulangan Bencana Daerah",
        "Perusahaan Daerah Air Minum", "Dinas Pertanian dan Pangan", "Dinas Perikanan",
        "Pemerintah Desa", "Rumah Sakit Umum Daerah", "Satuan Polisi Pamong Praja",
        "Dinas Perindustrian dan Perdagangan", "Kantor Pertanahan", "Dinas Perumahan dan Kawasan Permukiman",
        "Badan Perencanaan Pembangunan Daerah", "Dinas Tenaga Kerja", "Camat"};

    static final String[] TIMES = {"sejak tiga bulan yang lalu", "sejak awal musim hujan", "setiap kali hujan deras",
        "sudah lebih dari satu tahun", "sejak akhir tahun lalu", "dalam dua minggu terakhir", "sejak lebaran",
        "sudah hampir lima tahun", "sejak proyek sebelumnya selesai", "beberapa hari terakhir"};

    static final String[] IMPACTS = {"anak anak kesulitan berangkat ke sekolah", "hasil panen sulit diangkut ke pasar",
        "beberapa pengendara terjatuh dan luka", "rumah warga tergenang setiap malam",
        "harga kebutuhan pokok ikut naik", "pasien harus menempuh jalan memutar yang jauh",
        "pedagang kehilangan pembeli", "warga terpaksa membeli air dengan harga mahal",
        "kegiatan ekonomi desa terhambat", "lingkungan menjadi kumuh dan berbau", "lahan sawah gagal tanam",
        "warga merasa tidak aman pada malam hari", "ambulans tidak bisa masuk ke permukiman"};

    static final String[] REQUESTS = {"segera memperbaiki", "meninjau langsung ke lokasi", "menganggarkan perbaikan",
        "mengalokasikan anggaran tahun depan untuk", "mengawasi pelaksanaan perbaikan", "membangun kembali",
        "memfasilitasi pertemuan dengan dinas terkait tentang", "menindaklanjuti laporan tentang",
        "memprioritaskan pembangunan", "mengevaluasi pelaksanaan"};

    static final String[] OPENINGS = {"Dengan hormat, kami", "Kami", "Bersama surat ini kami",
        "Melalui layanan ini kami", "Saya mewakili", "Kami selaku"};

    static final String[] CLOSINGS = {"Demikian aspirasi ini kami sampaikan, atas perhatian dan tindak lanjutnya kami ucapkan terima kasih.",
        "Besar harapan kami agar keluhan ini segera ditindaklanjuti.",
        "Kami siap memberikan keterangan tambahan apabila diperlukan.",
        "Atas perhatian Bapak dan Ibu anggota dewan kami ucapkan terima kasih.",
        "Kami berharap ada kepastian jadwal penanganannya."};

    static final String[] HISTORY = {"Warga sudah pernah menyampaikan hal ini dalam musyawarah perencanaan pembangunan desa.",
        "Pemerintah desa telah mengirim surat kepada dinas terkait namun belum ada jawaban.",
        "Perbaikan sementara secara swadaya sudah dilakukan warga tetapi tidak bertahan lama.",
        "Petugas pernah datang untuk mengukur tetapi pekerjaan belum dimulai.",
        "Masalah yang sama terjadi juga di desa tetangga.",
        "Kondisi ini sudah diberitakan oleh media lokal."};

    static final String[] ANSWERS = {"telah meninjau lokasi dan menjadwalkan perbaikan pada triwulan berikutnya",
        "telah memasukkan usulan ini ke dalam rencana kerja tahun anggaran mendatang",
        "telah menyelesaikan perbaikan dan meminta warga ikut menjaga hasilnya",
        "telah berkoordinasi dengan pemerintah desa untuk penanganan sementara",
        "menyampaikan bahwa pelayanan telah dibenahi dan petugas telah diberi pembinaan",
        "menyatakan bahwa bantuan akan disalurkan setelah verifikasi data selesai",
        "menjelaskan bahwa kewenangan atas hal ini ada pada pemerintah provinsi dan telah meneruskannya"};

    static final String[] FILE_TYPES = {"foto_lokasi.jpg", "surat_permohonan.pdf", "daftar_hadir_warga.pdf",
        "foto_kerusakan.jpg", "proposal_kegiatan.pdf", "denah_lokasi.png", "salinan_ktp_pengurus.pdf",
        "berita_acara_musyawarah.pdf"};

    static final String[] FIRST_NAMES = {"Budi", "Siti", "Agus", "Dewi", "Slamet", "Sri", "Joko", "Rina", "Ahmad",
        "Nur", "Eko", "Wahyuni", "Bambang", "Lestari", "Hendra", "Yuliana", "Suparman", "Aminah", "Rudi", "Fitri",
        "Teguh", "Kartini", "Imam", "Puji", "Darmanto", "Yusuf", "Rahmat", "Endang", "Heru", "Marlina"};

    static final String[] LAST_NAMES = {"Santoso", "Rahayu", "Wibowo", "Lestari", "Saputra", "Handayani",
        "Prasetyo", "Kusuma", "Hidayat", "Setiawan", "Nugroho", "Susanti", "Purnomo", "Wulandari", "Syahputra",
        "Maulana", "Sari", "Firmansyah", "Utami", "Gunawan"};

    static final String[] ORGANISATIONS = {"Kelompok Tani Sido Makmur", "Karang Taruna Tunas Muda",
        "Paguyuban Pedagang Pasar", "Himpunan Nelayan Mina Bahari", "Forum Peduli Lingkungan",
        "Paguyuban Kepala Desa", "Persatuan Guru Honorer", "Lembaga Swadaya Masyarakat Cahaya Desa"};

    static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /** Every string of the lists, for the search vector's stems. */
    static List<String> all() {
        var out = new ArrayList<String>();
        for (var m : List.of(DISTRICTS, VILLAGES)) {
            m.values().forEach(a -> out.addAll(List.of(a)));
        }
        for (var a : List.of(INFRASTRUCTURE, SERVICES, AID, PROBLEMS, SERVICE_PROBLEMS, PEOPLE, RESPONDENTS, TIMES,
                IMPACTS, REQUESTS, OPENINGS, CLOSINGS, HISTORY, ANSWERS)) {
            out.addAll(List.of(a));
        }
        out.add(TEMPLATE_WORDS);
        return out;
    }

    /** The words the templates below add. */
    static final String TEMPLATE_WORDS = "Perbaikan di Desa Kecamatan Usulan pembangunan Keluhan Permohonan bantuan "
            + "bagi Kelurahan Kondisi saat ini sehingga sangat mengganggu aktivitas sehari hari memohon agar "
            + "Pemerintah Daerah melalui tersebut Menurut kurang lebih sepanjang meter dan sekitar kepala keluarga "
            + "terdampak Kami meminta DPRD untuk dapat mendorong yang di wilayah kami Aspirasi warga tentang "
            + "Terima kasih atas aspirasi pengaduan Saudara Setelah ditelaah Berdasarkan hasil koordinasi dengan "
            + "Kabupaten Kota Tembusan kepada mohon perhatian atas RT RW Pengaduan tentang di lingkungan "
            + "menyampaikan bahwa Kondisi ini sangat mengganggu aktivitas sehari hari sehingga Menurut setempat "
            + "sekitar kepala keluarga terdampak dan Kerusakan kurang lebih sepanjang meter Kami meminta DPRD untuk "
            + "dapat mendorong agar yang ada di wilayah kami tidak terjadi lagi Kami memohon";

    static String place(SplittableRandom r, String institution) {
        var village = pick(r, VILLAGES.get(institution));
        var district = pick(r, DISTRICTS.get(institution));
        return (institution.equals("setwan-pekalongan") ? "Kelurahan " : "Desa ") + village + " Kecamatan " + district;
    }

    /** A case's title, purpose, substance and respondent, by kind. */
    static String[] text(SplittableRandom r, String institution, String kind) {
        var place = place(r, institution);
        var infrastructure = pick(r, INFRASTRUCTURE);
        var service = pick(r, SERVICES);
        var respondent = pick(r, RESPONDENTS);
        String title;
        boolean aboutService = kind.equals("COMPLAINT") && r.nextInt(3) == 0 || kind.equals("SERVICE_COMPLAINT");
        switch (r.nextInt(4)) {
            case 0 -> title = (aboutService ? "Keluhan " + service : "Perbaikan " + infrastructure) + " di " + place;
            case 1 -> title = (aboutService ? "Pengaduan tentang " + service : "Usulan pembangunan " + infrastructure)
                    + " di " + place;
            case 2 -> title = "Permohonan bantuan " + pick(r, AID) + " bagi " + pick(r, PEOPLE) + " " + place;
            default -> title = "Aspirasi warga tentang " + (aboutService ? service : infrastructure) + " di " + place;
        }
        if (kind.equals("CARBON_COPY")) {
            title = "Tembusan kepada DPRD " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        if (title.length() > 200) {
            title = title.substring(0, 200).strip();
        }
        var purpose = "Kami memohon agar " + respondent + " " + pick(r, REQUESTS) + " "
                + (aboutService ? service : infrastructure) + " di " + place + " sehingga " + pick(r, IMPACTS)
                + " tidak terjadi lagi.";
        var s = new StringBuilder(1200);
        s.append(pick(r, OPENINGS)).append(' ').append(pick(r, PEOPLE)).append(" di ").append(place)
                .append(" menyampaikan bahwa ");
        if (aboutService) {
            s.append(service).append(' ').append(pick(r, SERVICE_PROBLEMS)).append(' ').append(pick(r, TIMES));
        } else {
            s.append(infrastructure).append(" di RT ").append(1 + r.nextInt(12)).append(" RW ")
                    .append(1 + r.nextInt(8)).append(' ').append(pick(r, PROBLEMS)).append(' ').append(pick(r, TIMES));
        }
        s.append(". Kondisi ini sangat mengganggu aktivitas sehari hari sehingga ").append(pick(r, IMPACTS))
                .append(". ");
        int more = 1 + r.nextInt(5);
        for (int i = 0; i < more; i++) {
            switch (r.nextInt(4)) {
                case 0 -> s.append(pick(r, HISTORY)).append(' ');
                case 1 -> s.append("Menurut ").append(pick(r, PEOPLE)).append(" setempat, sekitar ")
                        .append(10 + r.nextInt(400)).append(" kepala keluarga terdampak dan ").append(pick(r, IMPACTS))
                        .append(". ");
                case 2 -> s.append("Kerusakan ").append(pick(r, INFRASTRUCTURE)).append(" kurang lebih sepanjang ")
                        .append(50 + r.nextInt(2000)).append(" meter dan ").append(pick(r, PROBLEMS)).append(". ");
                default -> s.append("Kami meminta DPRD untuk dapat mendorong ").append(pick(r, RESPONDENTS))
                        .append(" agar ").append(pick(r, REQUESTS)).append(' ').append(pick(r, INFRASTRUCTURE))
                        .append(" yang ada di wilayah kami. ");
            }
        }
        s.append(pick(r, CLOSINGS));
        return new String[] {title, purpose, s.toString(), respondent};
    }

    static String answer(SplittableRandom r, String kind) {
        return "Terima kasih atas " + (kind.equals("ASPIRATION") ? "aspirasi" : "pengaduan")
                + " Saudara. Setelah ditelaah, " + pick(r, RESPONDENTS) + " " + pick(r, ANSWERS)
                + ". Berdasarkan hasil koordinasi dengan " + pick(r, RESPONDENTS) + ", " + pick(r, ANSWERS) + ".";
    }

    static String name(SplittableRandom r) {
        return pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES);
    }
}
