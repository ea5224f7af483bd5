package io.rollcall.attendance.domain;

import java.time.Instant;

/**
 * What merging Zoom's participants report into one instance did (docs/events.md, "Reconciliation
 * and manual corrections"): the latest {@code instance_reconciled} of the instance, and how many of
 * its sessions the report had to fix, as the instance's connections stand now.
 *
 * @param reconciledAt when meeting-service finished reading the report (the latest fetch's, UTC)
 * @param trigger why that report was read: {@code meeting_ended}, {@code on_demand} or {@code
 *     sweep}
 * @param rowsRead rows that report had, every page
 * @param sessionsAdded sessions known only from the report (flag {@code from_report})
 * @param sessionsChanged sessions whose leave time is the report's (flag {@code leave_from_report})
 */
public record Reconciliation(
    Instant reconciledAt, String trigger, int rowsRead, int sessionsAdded, int sessionsChanged) {}
