package io.rollcall.meeting.client;

/**
 * One Zoom REST call.
 *
 * @param operation a stable name for metrics and errors, e.g. {@code create_meeting}
 * @param method HTTP method
 * @param path path below the API base, already encoded, starting with {@code /}
 * @param body JSON body or null
 * @param apiClass Zoom's rate-limit class of the endpoint
 * @param idempotent whether a retry after an ambiguous failure (5xx, timeout) is harmless
 */
public record ZoomRequest(
    String operation,
    String method,
    String path,
    Object body,
    ApiClass apiClass,
    boolean idempotent) {}
