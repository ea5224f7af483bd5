package io.rollcall.identity.messaging;

import io.rollcall.identity.repository.ConsumerOffsets;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Positions the links consumer where the registry in the database left off: the offsets stored with
 * the registry win over the consumer group's, so a fresh or wiped database is rebuilt from the
 * beginning of the compacted topic, and a restored one resumes where it was.
 */
@ApplicationScoped
@Identifier("registry-rebuild")
public class RegistryRebuildListener implements KafkaConsumerRebalanceListener {
  private static final Logger LOG = Logger.getLogger(RegistryRebuildListener.class);

  private final ConsumerOffsets offsets;

  public RegistryRebuildListener(ConsumerOffsets offsets) {
    this.offsets = offsets;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    for (TopicPartition partition : partitions) {
      OptionalLong next = offsets.next(partition.topic(), partition.partition());
      if (next.isPresent()) {
        consumer.seek(partition, next.getAsLong());
      } else {
        LOG.infof("no registry position for %s: reading it from the beginning", partition);
        consumer.seekToBeginning(java.util.List.of(partition));
      }
    }
  }
}
