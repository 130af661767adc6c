package id.suara.casework;

/**
 * The follow-up forums of the seeds: Rapat Kerja, Rapat Dengar Pendapat, Rapat Dengar Pendapat Umum and working visits
 * (000 step 3), coordination meetings (001 step 8) and on-the-spot visits (003 III.A.1). The codes of the first four are
 * those Pekalongan's SOP records as its forum.
 */
public enum MeetingKind {
    RAKER,
    RDP,
    RDPU,
    KUNKER,
    RAKOR,
    PENINJAUAN
}
