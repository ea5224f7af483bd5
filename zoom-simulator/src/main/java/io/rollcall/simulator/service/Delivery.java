package io.rollcall.simulator.service;

import java.time.Instant;

/**
 * One delivery attempt, as a webhook log line. {@code status} is the HTTP status, or Zoom's
 * internal failure code: -1 read timeout, -2 connection refused, -7 remote error; 0 means nothing
 * was sent: there was no URL to send to, or the delivery was {@code lost} (quirk {@code loss_rate}:
 * logged once, never sent, as after Zoom's last failed retry).
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
    String body,
    boolean lost) {}
