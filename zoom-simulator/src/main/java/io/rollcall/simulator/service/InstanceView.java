package io.rollcall.simulator.service;

import java.util.List;

/** A meeting's current (or next) instance and its connections, for the control API. */
public record InstanceView(
    String meetingId,
    String uuid,
    String status,
    String startTime,
    String endTime,
    List<ConnectionView> connections) {}
