package io.rollcall.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;

/** Puts the simulator back to a fresh start with a seed: same seed, same ids, same webhooks. */
@ApplicationScoped
public class ResetService {

  private final SimState state;
  private final LiveMeetingService live;
  private final DailyLimits daily;
  private final WebhookSender sender;

  public ResetService(
      SimState state, LiveMeetingService live, DailyLimits daily, WebhookSender sender) {
    this.state = state;
    this.live = live;
    this.daily = daily;
    this.sender = sender;
  }

  public void reset(long seed) {
    state.reset(seed);
    live.reset();
    daily.clear();
    sender.clearLog();
  }
}
