package io.rollcall.identity.service;

import io.rollcall.identity.domain.InstanceResolution;
import io.rollcall.identity.domain.Revisions;
import java.util.Map;

/**
 * One meeting instance's working state in memory: its incremental resolution, what was published
 * about each of its connections, and the {@code instance_version} this reflects.
 */
final class InstanceState {
  final InstanceResolution resolution;
  final Map<String, Revisions.Published> published;
  long version;

  /** The events this state counted for in {@link InstanceStates}' bound when last opened. */
  int counted;

  InstanceState(
      InstanceResolution resolution, Map<String, Revisions.Published> published, long version) {
    this.resolution = resolution;
    this.published = published;
    this.version = version;
  }
}
