package id.suara.sop;

import java.time.LocalDate;
import java.util.List;

/**
 * The identity block of an SOP document in the official layout (PermenPAN-RB 35/2012): what is printed above the flow
 * table, in Indonesian as the source document writes it. The SOP's number is {@link SopDefinition#documentNumber()} and
 * its name {@link SopDefinition#title()}; everything here is optional, and what a source document lacks is printed as
 * "-".
 *
 * @param madeOn the date the SOP was made (tanggal pembuatan)
 * @param revisedOn the date of its last revision (tanggal revisi), if revised
 * @param effectiveOn the date it takes effect (tanggal efektif)
 * @param approvedBy who approved it (disahkan oleh)
 * @param legalBasis the regulations it rests on (dasar hukum), one per entry
 * @param qualifications what the people performing it must have (kualifikasi pelaksana)
 * @param relatedSops the SOPs it is tied to (keterkaitan)
 * @param equipment the equipment and supplies it needs (peralatan/perlengkapan)
 * @param warnings what happens when it is not followed (peringatan)
 * @param records what is recorded and kept (pencatatan dan pendataan)
 */
public record SopIdentity(
        LocalDate madeOn,
        LocalDate revisedOn,
        LocalDate effectiveOn,
        Approval approvedBy,
        List<String> legalBasis,
        List<String> qualifications,
        List<String> relatedSops,
        List<String> equipment,
        List<String> warnings,
        List<String> records) {

    public SopIdentity {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        relatedSops = relatedSops == null ? List.of() : List.copyOf(relatedSops);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** An identity block with nothing filled in: every field prints as "-". */
    public static SopIdentity none() {
        return new SopIdentity(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The official who approved the SOP, as the signature block prints them.
     *
     * @param position e.g. "Sekretaris DPRD Kota Pekalongan"
     * @param name e.g. "WIDARJANTO, SH, M.Hum"
     * @param rank the civil-service rank (pangkat), e.g. "Pembina Utama Muda"; optional
     * @param nip the civil-servant number as printed, e.g. "19660424 199603 1 002"; optional
     */
    public record Approval(String position, String name, String rank, String nip) {}
}
