package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

  @Test
  void hundredInviteesMakeThreeFullBatchesOfThirtyAndOneOfTen() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    assertThat(Batches.split(items, 30)).extracting(List::size).containsExactly(30, 30, 30, 10);
  }

  @Test
  void nothingMakesNoBatch() {
    assertThat(Batches.split(List.of(), 30)).isEmpty();
  }

  @Test
  void onlyScheduledMeetingsAllowZoomBatchRegistration() {
    assertThat(Batches.zoomBatchAllowed(2)).isTrue();
    assertThat(Batches.zoomBatchAllowed(8)).isFalse();
    assertThat(Batches.zoomBatchAllowed(3)).isFalse();
  }
}
