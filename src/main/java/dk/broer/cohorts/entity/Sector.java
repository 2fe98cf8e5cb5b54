package dk.broer.cohorts.entity;

/** The trade an organisation belongs to; reports group reach by it. */
public enum Sector {
    TRANSPORT, NIGHTLIFE, RETAIL, HOSPITALITY, CIVIL_SOCIETY, MUNICIPALITY;

    /** The code used in the API and message keys, e.g. "civil-society". */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
