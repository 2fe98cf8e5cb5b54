package dk.broer.learning.entity;

/** Where a learner is with one module. */
public enum ModuleState {
    NOT_STARTED, STARTED, FAILED, PASSED;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
