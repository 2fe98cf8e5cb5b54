package dk.broer.platform.control;

/**
 * Fired once at start when demo data is switched on. Each capability observes it and adds its
 * own invented records where its tables are empty, so demo data grows with every capability.
 */
public record DemoDataRequested() {
}
