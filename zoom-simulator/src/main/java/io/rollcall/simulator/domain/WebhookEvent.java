package io.rollcall.simulator.domain;

/**
 * One webhook Zoom would send: the compact JSON body plus what delivery needs to know.
 *
 * @param lane events of one lane (a meeting instance) are delivered in order unless a quirk says
 *     otherwise
 * @param meetingId for filtering the delivery log
 * @param accountId the account whose webhook Secret Token signs the event
 */
public record WebhookEvent(
    String event, long eventTs, String body, String lane, String meetingId, String accountId) {}
