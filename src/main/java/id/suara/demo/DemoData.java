package id.suara.demo;

import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.OfficeHours;
import id.suara.documents.Letterhead;
import id.suara.documents.Letterheads;
import id.suara.documents.NewSignatory;
import id.suara.documents.Signatories;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.recess.AspirationCategory;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewCompanion;
import id.suara.recess.NewCouncilMember;
import id.suara.recess.NewDapil;
import id.suara.recess.NewPeriod;
import id.suara.recess.NewTerm;
import id.suara.recess.NewVisit;
import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessVisits;
import id.suara.recess.SittingPeriod;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo institutions once; later starts find them and change nothing. Every demo account's password is
 * {@value #PASSWORD} (see README).
 */
@Component
@ConditionalOnProperty(name = "suara.demo.enabled", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    static final String PASSWORD = "suara-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Institutions institutions;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;
    private final StaffAccounts staff;
    private final Letterheads letterheads;
    private final Signatories signatories;
    private final RecessCalendar recessCalendar;
    private final CouncilMembers councilMembers;
    private final RecessVisits recessVisits;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoData(
            Institutions institutions,
            SopVersions sops,
            InstitutionCalendars calendars,
            StaffAccounts staff,
            Letterheads letterheads,
            Signatories signatories,
            RecessCalendar recessCalendar,
            CouncilMembers councilMembers,
            RecessVisits recessVisits,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.institutions = institutions;
        this.sops = sops;
        this.calendars = calendars;
        this.staff = staff;
        this.letterheads = letterheads;
        this.signatories = signatories;
        this.recessCalendar = recessCalendar;
        this.councilMembers = councilMembers;
        this.recessVisits = recessVisits;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Who sets the demo's letterheads and signatories, as the audit log names it. */
    private static final StaffMember LOADER =
            new StaffMember(null, null, "demo-data", "Data demo", Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null)));

    /** The institution's letterhead and signatories (fictional officials with well-formed NIPs). */
    private void documents(Institution institution, Letterhead letterhead, NewSignatory... officials) {
        letterheads.save(LOADER, institution, letterhead);
        for (var official : officials) {
            signatories.add(LOADER, institution, official);
        }
    }

    /** Runs once every bean exists (the schema is migrated) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            kebumen();
            pekalongan();
            kutaiKartanegara();
            demak();
            kebumenRecess();
            kebumenVisits();
            pekalonganRecess();
            // 004's service complaints run on their own SOP (ADR 0031); installed once, also on an older demo database
            for (var code : List.of("dprd-kebumen", "setwan-pekalongan")) {
                institutions.findByCode(code).ifPresent(i -> sops.installPreset(i.id(), "recess-service-complaint"));
            }
            if (staff.findByUsername("sysadmin").isEmpty()) {
                staff.create(
                        null,
                        "sysadmin",
                        "Administrator Sistem",
                        PASSWORD,
                        Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null)));
            }
        });
    }

    /** DPRD Kab. Kebumen (003): three SOPs, delegations received Mon–Thu 09:00–16:00 and Fri 09:00–11:00 WIB. */
    private void kebumen() {
        if (institutions.findByCode("dprd-kebumen").isPresent()) {
            return;
        }
        var institution = institutions.add(
                "dprd-kebumen",
                "Sekretariat DPRD Kabupaten Kebumen",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/{kind}/DPRD-KBM/{romanMonth}/{year}");
        var units = units(
                institution,
                List.of(
                        unit("pimpinan", "Pimpinan DPRD", UnitType.LEADERSHIP),
                        unit("komisi-a", "Komisi A (Pemerintahan)", UnitType.COUNCIL_ORGAN),
                        unit("komisi-b", "Komisi B (Perekonomian dan Keuangan)", UnitType.COUNCIL_ORGAN),
                        unit("komisi-c", "Komisi C (Pembangunan)", UnitType.COUNCIL_ORGAN),
                        unit("komisi-d", "Komisi D (Kesejahteraan Rakyat)", UnitType.COUNCIL_ORGAN),
                        unit("bapemperda", "Badan Pembentukan Peraturan Daerah", UnitType.COUNCIL_ORGAN),
                        unit("bagian-umum", "Bagian Umum dan Keuangan", UnitType.DIVISION),
                        unit("bagian-humas", "Bagian Persidangan, Perundang-undangan dan Humas", UnitType.DIVISION),
                        unit("bagian-fpp", "Bagian Fasilitasi Penganggaran dan Pengawasan", UnitType.DIVISION)));
        calendars.replaceOfficeHours(
                institution.id(),
                OfficeHours.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))
                        .with(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        List.of("kebumen-in-person", "kebumen-written", "kebumen-online")
                .forEach(preset -> sops.installPreset(institution.id(), preset));
        account(institution, "kebumen.petugas", "Petugas Penerima Aspirasi", Role.OFFICER);
        account(institution, "kebumen.umum", "Staf Bagian Umum", Role.GENERAL_AFFAIRS);
        account(institution, "kebumen.humas", "Staf Humas", Role.PUBLIC_RELATIONS);
        account(
                institution,
                "kebumen.pengaduan",
                "Staf Bagian Fasilitasi Penganggaran dan Pengawasan",
                Role.COMPLAINTS_DIVISION);
        account(institution, "kebumen.sekwan", "Sekretaris DPRD", Role.SECRETARY);
        account(institution, "kebumen.pimpinan", "Ketua DPRD", Role.LEADERSHIP);
        organMember(institution, "kebumen.komisia", "Anggota Komisi A", units.get("komisi-a"));
        organMember(institution, "kebumen.komisic", "Anggota Komisi C", units.get("komisi-c"));
        account(institution, "kebumen.auditor", "Inspektorat (auditor)", Role.AUDITOR);
        account(institution, "kebumen.admin", "Admin Sekretariat DPRD", Role.INSTITUTION_ADMIN);
        documents(
                institution,
                new Letterhead(
                        "PEMERINTAH KABUPATEN KEBUMEN",
                        "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
                        "Jl. Arungbinang No. 17, Kebumen 54311",
                        "(0287) 381017",
                        "setwan@kebumenkab.example",
                        "https://dprd.kebumenkab.example",
                        "Kebumen"),
                new NewSignatory(
                        "Drs. Bambang Sutrisno, M.Si.",
                        "Sekretaris DPRD Kabupaten Kebumen",
                        "Pembina Utama Muda (IV/c)",
                        "196809031993021001"));
        log.info("Loaded demo institution {}", institution.name());
    }

    /** Sekretariat DPRD Kota Pekalongan (000). */
    private void pekalongan() {
        if (institutions.findByCode("setwan-pekalongan").isPresent()) {
            return;
        }
        var institution = institutions.add(
                "setwan-pekalongan",
                "Sekretariat DPRD Kota Pekalongan",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/ASP/SETWAN-PKL/{year}");
        var units = units(
                institution,
                List.of(
                        unit("pimpinan", "Pimpinan DPRD", UnitType.LEADERSHIP),
                        unit("komisi-a", "Komisi A", UnitType.COUNCIL_ORGAN),
                        unit("komisi-b", "Komisi B", UnitType.COUNCIL_ORGAN),
                        unit("komisi-c", "Komisi C", UnitType.COUNCIL_ORGAN),
                        unit("bagian-umum", "Bagian Umum dan Keuangan", UnitType.DIVISION),
                        unit("bagian-persidangan", "Bagian Persidangan dan Perundang-undangan", UnitType.DIVISION),
                        unit("bagian-fpp", "Bagian Fasilitasi Penganggaran dan Pengawasan", UnitType.DIVISION)));
        sops.installPreset(institution.id(), "pekalongan");
        account(institution, "pekalongan.staf", "Staf Sekretariat DPRD", Role.OFFICER);
        account(institution, "pekalongan.kabag", "Kepala Bagian Persidangan", Role.DIVISION_HEAD);
        account(institution, "pekalongan.sekwan", "Sekretaris DPRD", Role.SECRETARY);
        account(institution, "pekalongan.pimpinan", "Ketua DPRD", Role.LEADERSHIP);
        organMember(institution, "pekalongan.komisia", "Pimpinan Komisi A", units.get("komisi-a"));
        account(institution, "pekalongan.admin", "Admin Sekretariat DPRD", Role.INSTITUTION_ADMIN);
        documents(
                institution,
                new Letterhead(
                        "PEMERINTAH KOTA PEKALONGAN",
                        "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
                        "Jl. Sriwijaya No. 2, Pekalongan 51111",
                        "(0285) 421093",
                        "setwan@pekalongankota.example",
                        "https://dprd.pekalongankota.example",
                        "Pekalongan"),
                new NewSignatory(
                        "Hj. Sri Wahyuni, S.H., M.M.",
                        "Sekretaris DPRD Kota Pekalongan",
                        "Pembina Tingkat I (IV/b)",
                        "197204151998032004"),
                new NewSignatory(
                        "Agus Priyanto, S.Sos.",
                        "Kepala Bagian Persidangan dan Perundang-undangan",
                        "Penata Tingkat I (III/d)",
                        "198001122005011003"));
        log.info("Loaded demo institution {}", institution.name());
    }

    /** DPMD Kab. Kutai Kartanegara (001), in WITA. */
    private void kutaiKartanegara() {
        if (institutions.findByCode("dpmd-kukar").isPresent()) {
            return;
        }
        var institution = institutions.add(
                "dpmd-kukar",
                "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Kutai Kartanegara",
                InstitutionKind.GOVERNMENT_OFFICE,
                ZoneId.of("Asia/Makassar"),
                "{seq:4}/DPMD/{month}/{year}");
        units(
                institution,
                List.of(
                        unit("subag-umum", "Subbagian Umum dan Tatalaksana", UnitType.DIVISION),
                        unit("bidang-pemdes", "Bidang Pemerintahan Desa", UnitType.DIVISION),
                        unit("bidang-pm", "Bidang Pemberdayaan Masyarakat", UnitType.DIVISION),
                        unit("bidang-keuangan-desa", "Bidang Pengelolaan Keuangan dan Aset Desa", UnitType.DIVISION),
                        // where the head's and division heads' dispositions go (001 steps 5 and 7)
                        unit("sekretariat", "Sekretariat Dinas", UnitType.DIVISION),
                        unit(
                                "subkoor-pemdes",
                                "Sub Koordinator Penataan Administrasi Pemerintahan Desa",
                                UnitType.DIVISION),
                        unit(
                                "subkoor-pm",
                                "Sub Koordinator Kelembagaan dan Partisipasi Masyarakat",
                                UnitType.DIVISION)));
        sops.installPreset(institution.id(), "kutai-kartanegara-dpmd");
        account(institution, "kukar.umum", "Pengadministrasi Umum", Role.GENERAL_AFFAIRS);
        account(institution, "kukar.kadis", "Kepala Dinas", Role.HEAD_OF_OFFICE);
        account(institution, "kukar.sekdis", "Sekretaris Dinas", Role.OFFICE_SECRETARY);
        account(institution, "kukar.kabid", "Kepala Bidang", Role.DIVISION_HEAD);
        account(institution, "kukar.subkoor", "Sub Koordinator / PSM", Role.SUB_COORDINATOR);
        account(institution, "kukar.admin", "Admin DPMD", Role.INSTITUTION_ADMIN);
        documents(
                institution,
                new Letterhead(
                        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
                        "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
                        "Jl. Wolter Monginsidi No. 1, Tenggarong 75511",
                        "(0541) 661234",
                        "dpmd@kukarkab.example",
                        "https://dpmd.kukarkab.example",
                        "Tenggarong"),
                new NewSignatory(
                        "Ir. Arianto Wibowo, M.T.",
                        "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
                        "Pembina Utama Muda (IV/c)",
                        "196905121995031002"),
                new NewSignatory(
                        "Rina Kartika, S.Sos.",
                        "Sub Koordinator Pengaduan Masyarakat",
                        "Penata (III/c)",
                        "198703182010012015"));
        log.info("Loaded demo institution {}", institution.name());
    }

    /** Diskominfo Kab. Demak (002): complaints routed to government offices through their liaison officers. */
    private void demak() {
        if (institutions.findByCode("diskominfo-demak").isPresent()) {
            return;
        }
        var institution = institutions.add(
                "diskominfo-demak",
                "Dinas Komunikasi dan Informatika Kabupaten Demak",
                InstitutionKind.GOVERNMENT_OFFICE,
                ZoneId.of("Asia/Jakarta"),
                "HD-{year}-{seq:5}");
        var units = units(
                institution,
                List.of(
                        unit("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitType.GOVERNMENT_OFFICE),
                        unit("dinkes", "Dinas Kesehatan", UnitType.GOVERNMENT_OFFICE),
                        unit("disdikbud", "Dinas Pendidikan dan Kebudayaan", UnitType.GOVERNMENT_OFFICE),
                        unit("dishub", "Dinas Perhubungan", UnitType.GOVERNMENT_OFFICE),
                        unit("pdam", "Perumda Air Minum Kabupaten Demak (BUMD)", UnitType.GOVERNMENT_OFFICE)));
        sops.installPreset(institution.id(), "demak-kominfo");
        account(institution, "demak.admin-koordinator", "Admin Koordinator HALLO DEMAK", Role.COORDINATING_ADMIN);
        staff.create(
                institution.id(),
                "demak.penghubung-dpupr",
                "Pejabat Penghubung DPUPR",
                PASSWORD,
                Set.of(new RoleGrant(Role.LIAISON_OFFICER, units.get("dpupr").id())));
        staff.create(
                institution.id(),
                "demak.penghubung-dinkes",
                "Pejabat Penghubung Dinas Kesehatan",
                PASSWORD,
                Set.of(new RoleGrant(Role.LIAISON_OFFICER, units.get("dinkes").id())));
        account(institution, "demak.admin", "Admin Diskominfo", Role.INSTITUTION_ADMIN);
        documents(
                institution,
                new Letterhead(
                        "PEMERINTAH KABUPATEN DEMAK",
                        "DINAS KOMUNIKASI DAN INFORMATIKA",
                        "Jl. Sultan Fatah No. 10, Demak 59511",
                        "(0291) 685877",
                        "diskominfo@demakkab.example",
                        "https://diskominfo.demakkab.example",
                        "Demak"),
                new NewSignatory(
                        "Drs. Agus Santoso, M.Si.",
                        "Kepala Dinas Komunikasi dan Informatika",
                        "Pembina Utama Muda (IV/c)",
                        "197011201996031003"));
        log.info("Loaded demo institution {}", institution.name());
    }

    private record UnitSeed(String code, String name, UnitType type) {}

    private static UnitSeed unit(String code, String name, UnitType type) {
        return new UnitSeed(code, name, type);
    }

    private Map<String, Unit> units(Institution institution, List<UnitSeed> seeds) {
        var out = new HashMap<String, Unit>();
        seeds.forEach(s -> out.put(s.code(), institutions.addUnit(institution.id(), s.code(), s.name(), s.type())));
        return out;
    }

    private void account(Institution institution, String username, String name, Role role) {
        staff.create(institution.id(), username, name, PASSWORD, Set.of(new RoleGrant(role, null)));
    }

    private void organMember(Institution institution, String username, String name, Unit organ) {
        staff.create(institution.id(), username, name, PASSWORD, Set.of(new RoleGrant(Role.ORGAN_MEMBER, organ.id())));
    }

    /** A masa sidang and its masa reses, by month and day in the current year. */
    private record Sitting(int sitting, int[] session, int[] recess) {}

    private static Sitting sitting(int number, int[] session, int[] recess) {
        return new Sitting(number, session, recess);
    }

    private static int[] days(int fromMonth, int fromDay, int toMonth, int toDay) {
        return new int[] {fromMonth, fromDay, toMonth, toDay};
    }

    /** A council member as the demo seeds them: faction and dapil by code and number; all in office since the oath. */
    private record MemberSeed(String name, String faction, int dapil, String... companions) {}

    private static MemberSeed member(String name, String faction, int dapil, String... companions) {
        return new MemberSeed(name, faction, dapil, companions);
    }

    /**
     * A council's recess calendar and people (ADR 0030), once: the term in force (the oath in August two years before this
     * year), the three masa sidang and masa reses of this year, its dapils, factions (units), members (fictional people)
     * and each recess's companions: the named {@code staffCompanion} account for every member, and the members' own named
     * companions (fictional phone numbers).
     */
    private void recess(
            String code,
            int oathDay,
            List<Sitting> sittings,
            Map<String, String> factions,
            List<NewDapil> dapils,
            List<MemberSeed> members,
            String staffCompanion) {
        var institution = institutions.findByCode(code).orElse(null);
        if (institution == null || !recessCalendar.terms(institution.id()).isEmpty()) {
            return;
        }
        int year = LocalDate.now(institution.zone()).getYear();
        var oath = LocalDate.of(year - 2, 8, oathDay);
        recessCalendar.addTerm(
                LOADER, institution, new NewTerm(oath, oath.plusYears(5).minusDays(1)));
        var recesses = new java.util.ArrayList<java.util.UUID>();
        for (var s : sittings) {
            recessCalendar.addPeriod(
                    LOADER,
                    institution,
                    new NewPeriod(
                            PeriodKind.SESSION,
                            year,
                            s.sitting(),
                            LocalDate.of(year, s.session()[0], s.session()[1]),
                            LocalDate.of(year, s.session()[2], s.session()[3])));
            recesses.add(recessCalendar
                    .addPeriod(
                            LOADER,
                            institution,
                            new NewPeriod(
                                    PeriodKind.RECESS,
                                    year,
                                    s.sitting(),
                                    LocalDate.of(year, s.recess()[0], s.recess()[1]),
                                    LocalDate.of(year, s.recess()[2], s.recess()[3])))
                    .id());
        }
        var factionIds = new HashMap<String, java.util.UUID>();
        factions.forEach((unitCode, name) -> factionIds.put(
                unitCode,
                institutions
                        .findUnit(institution.id(), unitCode)
                        .orElseGet(() -> institutions.addUnit(institution.id(), unitCode, name, UnitType.FACTION))
                        .id()));
        var dapilIds = new HashMap<Integer, java.util.UUID>();
        dapils.forEach(d -> dapilIds.put(
                d.number(), councilMembers.addDapil(LOADER, institution, d).id()));
        var companionAccount =
                staff.findByUsername(staffCompanion).orElseThrow().id();
        for (var seed : members) {
            var member = councilMembers.addMember(
                    LOADER,
                    institution,
                    new NewCouncilMember(
                            seed.name(), factionIds.get(seed.faction()), dapilIds.get(seed.dapil()), oath, null, null));
            for (var recessId : recesses) {
                councilMembers.assignCompanion(
                        LOADER, institution, recessId, member.id(), new NewCompanion(companionAccount, null, null));
                for (int i = 0; i < seed.companions().length; i += 2) {
                    councilMembers.assignCompanion(
                            LOADER,
                            institution,
                            recessId,
                            member.id(),
                            new NewCompanion(null, seed.companions()[i], seed.companions()[i + 1]));
                }
            }
        }
        log.info("Loaded the demo recess calendar and council members of {}", institution.name());
    }

    /** DPRD Kab. Kebumen: three dapils of real kecamatan, six fictional members of three fictional factions. */
    private void kebumenRecess() {
        recess(
                "dprd-kebumen",
                19,
                List.of(
                        sitting(1, days(1, 5, 4, 10), days(4, 13, 4, 18)),
                        sitting(2, days(5, 4, 8, 14), days(8, 24, 8, 29)),
                        sitting(3, days(9, 7, 12, 4), days(12, 7, 12, 12))),
                Map.of(
                        "fraksi-karya-nusantara", "Fraksi Karya Nusantara",
                        "fraksi-suara-rakyat", "Fraksi Suara Rakyat",
                        "fraksi-bintang-keadilan", "Fraksi Bintang Keadilan"),
                List.of(
                        new NewDapil(1, "Kebumen 1", List.of("Kebumen", "Sruweng", "Pejagoan")),
                        new NewDapil(2, "Kebumen 2", List.of("Gombong", "Karanganyar", "Sempor")),
                        new NewDapil(3, "Kebumen 3", List.of("Kutowinangun", "Ambal", "Mirit"))),
                List.of(
                        member(
                                "H. Slamet Riyanto, S.Pd.",
                                "fraksi-karya-nusantara",
                                1,
                                "Wahyu Nugroho",
                                "0812 0000 1101"),
                        member("Sri Handayani, S.E.", "fraksi-suara-rakyat", 1, "Lestari Ningsih", "0812 0000 1102"),
                        member(
                                "Agus Setiawan",
                                "fraksi-bintang-keadilan",
                                2,
                                "Fajar Ramadhan",
                                "0812 0000 1103",
                                "Yuni Astuti",
                                "0812 0000 1104"),
                        member(
                                "Dra. Endah Purwaningsih",
                                "fraksi-karya-nusantara",
                                2,
                                "Rudi Hartono",
                                "0812 0000 1105"),
                        member(
                                "Muhammad Nur Fauzan, S.H.",
                                "fraksi-suara-rakyat",
                                3,
                                "Dimas Saputra",
                                "0812 0000 1106"),
                        member("Teguh Prasetyo, S.T.", "fraksi-bintang-keadilan", 3, "Anisa Rahma", "0812 0000 1107")),
                "kebumen.pengaduan");
    }

    /** DPRD Kota Pekalongan: the four kecamatan of the city in three dapils, four fictional members of two factions. */
    private void pekalonganRecess() {
        recess(
                "setwan-pekalongan",
                21,
                List.of(
                        sitting(1, days(1, 12, 4, 17), days(4, 20, 4, 25)),
                        sitting(2, days(5, 11, 8, 7), days(8, 10, 8, 15)),
                        sitting(3, days(9, 1, 11, 27), days(11, 30, 12, 5))),
                Map.of(
                        "fraksi-karya-nusantara", "Fraksi Karya Nusantara",
                        "fraksi-amanat-rakyat", "Fraksi Amanat Rakyat"),
                List.of(
                        new NewDapil(1, "Pekalongan 1", List.of("Pekalongan Barat")),
                        new NewDapil(2, "Pekalongan 2", List.of("Pekalongan Utara")),
                        new NewDapil(3, "Pekalongan 3", List.of("Pekalongan Timur", "Pekalongan Selatan"))),
                List.of(
                        member("Hj. Nur Aini, S.Ag.", "fraksi-amanat-rakyat", 1, "Siti Maryam", "0813 0000 2201"),
                        member("Bayu Kurniawan, S.Kom.", "fraksi-karya-nusantara", 2, "Eko Wibowo", "0813 0000 2202"),
                        member(
                                "Drs. Hadi Susanto",
                                "fraksi-amanat-rakyat",
                                3,
                                "Rizki Maulana",
                                "0813 0000 2203",
                                "Putri Wulandari",
                                "0813 0000 2204"),
                        member(
                                "Ratna Dewi Kusuma, S.H.",
                                "fraksi-karya-nusantara",
                                3,
                                "Arif Budiman",
                                "0813 0000 2205")),
                "pekalongan.staf");
    }

    /**
     * Kebumen's recess visits (ADR 0032), once: in every recess of this year already over, two held visits at Panjer
     * (Kebumen) by two members of dapil 1 who heard the same need (a grouping suggestion) and one other aspiration; in
     * the next recess not over yet, a published visit of each of those members. Entered by the officer, as the
     * secretariat enters what companions bring back.
     */
    private void kebumenVisits() {
        var institution = institutions.findByCode("dprd-kebumen").orElse(null);
        if (institution == null
                || jdbc.sql("select count(*) from recess_visit where institution_id = ?")
                                .param(institution.id())
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        var officer = staff.findByUsername("kebumen.petugas").orElseThrow();
        var dapil1 = councilMembers.members(institution.id(), null, null).stream()
                .filter(m -> m.dapilName().equals("Kebumen 1"))
                .toList();
        if (dapil1.size() < 2) {
            return;
        }
        var today = LocalDate.now(institution.zone());
        var zone = institution.zone();
        boolean upcomingDone = false;
        for (var recess : recessCalendar.periods(institution.id(), today.getYear())) {
            if (recess.kind() != PeriodKind.RECESS) {
                continue;
            }
            if (recess.endsOn().isBefore(today)) {
                pastVisits(
                        institution,
                        officer,
                        recess,
                        dapil1.get(0).id(),
                        dapil1.get(1).id());
            } else if (!upcomingDone) {
                var day = recess.startsOn().isAfter(today.plusDays(4)) ? recess.startsOn() : today.plusDays(4);
                if (!day.isAfter(recess.endsOn())) {
                    recessVisits.plan(
                            officer,
                            institution,
                            new NewVisit(
                                    recess.id(),
                                    dapil1.get(0).id(),
                                    day.atTime(9, 0).atZone(zone).toOffsetDateTime(),
                                    day.atTime(12, 0).atZone(zone).toOffsetDateTime(),
                                    "Balai Desa Kembaran",
                                    "Kebumen",
                                    "Kembaran",
                                    100));
                    recessVisits.plan(
                            officer,
                            institution,
                            new NewVisit(
                                    recess.id(),
                                    dapil1.get(1).id(),
                                    day.atTime(13, 30).atZone(zone).toOffsetDateTime(),
                                    null,
                                    "Aula Kecamatan Sruweng",
                                    "Sruweng",
                                    "Sruweng",
                                    80));
                }
                upcomingDone = true;
            }
        }
        log.info("Loaded the demo recess visits of {}", institution.name());
    }

    private void pastVisits(
            Institution institution,
            id.suara.staff.StaffMember officer,
            SittingPeriod recess,
            java.util.UUID first,
            java.util.UUID second) {
        var zone = institution.zone();
        var a = recessVisits.plan(
                officer,
                institution,
                new NewVisit(
                        recess.id(),
                        first,
                        recess.startsOn().atTime(9, 0).atZone(zone).toOffsetDateTime(),
                        null,
                        "Balai Desa Panjer",
                        "Kebumen",
                        "Panjer",
                        120));
        var b = recessVisits.plan(
                officer,
                institution,
                new NewVisit(
                        recess.id(),
                        second,
                        recess.startsOn().plusDays(1).atTime(13, 0).atZone(zone).toOffsetDateTime(),
                        null,
                        "Masjid Al-Ikhlas Panjer",
                        "Kebumen",
                        "Panjer",
                        60));
        for (var visit : java.util.List.of(a, b)) {
            // published a week ahead, as the secretariat did then
            jdbc.sql("update recess_visit set published_at = starts_at - interval '7 days' where id = ?")
                    .param(visit.id())
                    .update();
            recessVisits.markHeld(officer, institution, visit.id());
        }
        recessVisits.recordAspiration(
                officer,
                institution,
                a.id(),
                new NewAspiration(
                        null,
                        "Kelompok Tani Sido Makmur",
                        "Kebumen",
                        "Panjer",
                        "Perbaikan jalan usaha tani Desa Panjer sepanjang 800 m",
                        "Jalan usaha tani rusak dan berlubang, hasil panen sulit diangkut saat musim hujan.",
                        AspirationCategory.INFRASTRUCTURE,
                        "SEGERA",
                        new java.math.BigDecimal("800"),
                        "m",
                        new java.math.BigDecimal("450000000"),
                        null,
                        null));
        recessVisits.recordAspiration(
                officer,
                institution,
                b.id(),
                new NewAspiration(
                        null,
                        null,
                        "Kebumen",
                        "Panjer",
                        "Perbaikan jalan usaha tani di Panjer",
                        "Warga mengeluhkan jalan usaha tani yang rusak parah.",
                        AspirationCategory.INFRASTRUCTURE,
                        "SEGERA",
                        null,
                        null,
                        null,
                        null,
                        null));
        recessVisits.recordAspiration(
                officer,
                institution,
                b.id(),
                new NewAspiration(
                        null,
                        "Posyandu Melati",
                        "Kebumen",
                        "Panjer",
                        "Penambahan alat timbang dan PMT untuk posyandu",
                        "Alat timbang bayi rusak dan makanan tambahan untuk balita kurang.",
                        AspirationCategory.HEALTH,
                        "BIASA",
                        new java.math.BigDecimal("2"),
                        "paket",
                        new java.math.BigDecimal("15000000"),
                        null,
                        null));
    }
}
