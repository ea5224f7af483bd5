package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoomPagingTest {

  @Test
  void readsEveryPageFollowingTheTokenUntilItIsEmpty() {
    Map<String, ZoomPaging.Page<Integer>> pages =
        Map.of(
            "", new ZoomPaging.Page<>(List.of(1, 2), "t2"),
            "t2", new ZoomPaging.Page<>(List.of(3, 4), "t3"),
            "t3", new ZoomPaging.Page<>(List.of(5), ""));
    List<String> asked = new ArrayList<>();

    List<Integer> all =
        ZoomPaging.readAll(
            token -> {
              asked.add(token);
              return pages.get(token == null ? "" : token);
            },
            10);

    assertThat(all).containsExactly(1, 2, 3, 4, 5);
    assertThat(asked).containsExactly(null, "t2", "t3");
  }

  @Test
  void aSinglePageWithoutTokenOrItemsIsTheWholeList() {
    assertThat(ZoomPaging.readAll(t -> new ZoomPaging.Page<Integer>(null, null), 10)).isEmpty();
  }

  @Test
  void aRepeatedTokenOrTooManyPagesFailsInsteadOfLoopingForever() {
    assertThatThrownBy(() -> ZoomPaging.readAll(t -> new ZoomPaging.Page<>(List.of(1), "same"), 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("repeated");
    int[] n = {0};
    assertThatThrownBy(
            () -> ZoomPaging.readAll(t -> new ZoomPaging.Page<>(List.of(1), "t" + n[0]++), 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("more than 3 pages");
  }
}
