package id.suara.staff;

import java.time.Instant;

/** A principal that stands for a staff account, however it signed in (password or single sign-on). */
interface SignedInStaff {

    StaffMember member();

    /** The account's password change time when it signed in; a later change ends its web sessions. */
    Instant passwordChangedAt();
}
