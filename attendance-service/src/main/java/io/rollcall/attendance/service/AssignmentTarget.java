package io.rollcall.attendance.service;

/**
 * The connection an operator's assignment names: a session's {@code connection_id} in one instance
 * of one meeting of the caller's tenant.
 */
public record AssignmentTarget(
    String tenant, String meetingId, String instanceUuid, String connectionId) {}
