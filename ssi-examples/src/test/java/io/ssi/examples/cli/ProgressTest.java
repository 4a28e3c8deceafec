package io.ssi.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

final class ProgressTest {

    @Test
    void theBarAppearsOnlyAfterASecondAndOnlyWhenEnabled() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress on = new Progress(err, 10, true);
        Progress off = new Progress(err, 10, false);
        on.accept(1);
        off.accept(1);
        assertThat(bytes.size()).as("nothing in the first second").isZero();
        Thread.sleep(1_100);
        off.accept(5);
        off.finish();
        assertThat(bytes.size()).as("a disabled bar stays silent").isZero();
        on.accept(5);
        on.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r[" + "#".repeat(15) + " ".repeat(15) + "] 5/10 members" + System.lineSeparator());
    }
}
