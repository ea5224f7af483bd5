package io.rollcall.demo;

import java.time.Instant;

/**
 * One connection as Zoom's webhooks described it (what zoom-simulator sent): the raw evidence
 * Rollcall had to work with.
 *
 * @param person the demo's own handle for who really joined (never sent to Rollcall)
 * @param how how they joined, in words
 */
public record ZoomConnection(
    String person,
    String how,
    String userName,
    String userId,
    String registrantId,
    String email,
    Instant joinTime) {}
