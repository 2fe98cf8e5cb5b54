package dk.broer.cohorts.entity;

import java.time.Instant;

/** A meeting was planned, moved or cancelled; fired inside that transaction. */
public record MeetingChanged(long cohortId, long meetingId, Kind kind, Instant at) {

    public enum Kind { PLANNED, MOVED, CANCELLED }
}
