package io.rollcall.attendance.domain;

import java.time.Instant;

/**
 * A waiting-room fact: at {@code at} the connection entered (joined the waiting room, was put back,
 * waited for the host) or left it (admitted, left, host arrived).
 */
public record WaitingMark(Instant at, boolean entered) {}
