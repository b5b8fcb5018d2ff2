package vn.ocop.api.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** A client hanging up is told apart from a fault of the service (logged at DEBUG, not ERROR). */
class ClientGoneTest {

    @Test
    void aClosedConnectionAnywhereInTheCausesIsTheClientGoing() {
        assertThat(ProblemMappers.clientGone(new IOException(new IOException(new HttpClosedException("closed")))))
                .isTrue();
        assertThat(ProblemMappers.clientGone(new IOException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.clientGone(new IllegalStateException("bug"))).isFalse();
        assertThat(ProblemMappers.clientGone(new IOException("disk full", new RuntimeException()))).isFalse();
    }
}
