package id.suara.sop;

/** When a transition is allowed. */
public enum TransitionCondition {
    ALWAYS,
    /** The latest requirement check at the current step found every required item met. */
    REQUIREMENTS_MET,
    /** The latest requirement check at the current step found at least one required item not met. */
    REQUIREMENTS_NOT_MET
}
