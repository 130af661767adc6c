package id.suara.casework;

/**
 * The nine elements of the public satisfaction survey (IKM/SKM, PermenPAN-RB 14/2017), U1 to U9, each scored 1 to 4.
 * Their names and the labels of each score are in the messages ({@code web.ikm.element.U1}, {@code web.ikm.score.1},
 * for {@link #U4} the cost labels {@code web.ikm.cost.1} "sangat mahal" to {@code web.ikm.cost.4} "gratis").
 */
public enum IkmElement {
    /** Persyaratan (requirements). */
    U1,
    /** Sistem, mekanisme dan prosedur (system, mechanism and procedure). */
    U2,
    /** Waktu penyelesaian (completion time). */
    U3,
    /** Biaya/tarif (cost/fee): scored from "sangat mahal" (1) to "gratis" (4). */
    U4,
    /** Produk spesifikasi jenis pelayanan (the product of the service). */
    U5,
    /** Kompetensi pelaksana (competence of the staff). */
    U6,
    /** Perilaku pelaksana (behaviour of the staff). */
    U7,
    /** Penanganan pengaduan, saran dan masukan (handling of complaints, suggestions and input). */
    U8,
    /** Sarana dan prasarana (facilities and infrastructure). */
    U9;

    /** Whether the element is scored with the cost labels rather than "tidak sesuai" to "sangat sesuai". */
    public boolean cost() {
        return this == U4;
    }
}
