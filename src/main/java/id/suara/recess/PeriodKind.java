package id.suara.recess;

/** The two halves of a masa persidangan: a masa sidang followed by a masa reses. */
public enum PeriodKind {
    /** Masa sidang: the council sits. */
    SESSION,
    /** Masa reses: members visit their constituencies. */
    RECESS
}
