package io.rollcall.simulator.service;

import java.time.Instant;

/**
 * One delivery attempt, as a webhook log line. {@code status} is the HTTP status, or Zoom's
 * internal failure code: -1 read timeout, -2 connection refused, -7 remote error; 0 means there was
 * no URL to send to.
 */
public record Delivery(
    long seq,
    String requestId,
    String trackingId,
    String event,
    long eventTs,
    String meetingId,
    int retryNum,
    int status,
    boolean delivered,
    Instant attemptedAt,
    String timestamp,
    String signature,
    String body) {}
