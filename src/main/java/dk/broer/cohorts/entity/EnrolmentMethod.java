package dk.broer.cohorts.entity;

/** How a learner came into a cohort. */
public enum EnrolmentMethod {
    JOIN_CODE, BY_HAND, IMPORT
}
