package io.rollcall.attendance.service;

/**
 * The connection an operator's assignment names: a session's {@code connection_id} in one instance
 * of one meeting.
 */
public record AssignmentTarget(String meetingId, String instanceUuid, String connectionId) {}
