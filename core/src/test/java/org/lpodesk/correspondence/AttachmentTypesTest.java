package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attachments that could run code are flagged by name, declared type or first bytes; retries are spaced. */
class AttachmentTypesTest {

    @Test
    void programsScriptsAndMacroDocumentsAreFlagged() {
        assertThat(AttachmentTypes.executable("invoice.pdf.exe", "application/pdf", new byte[0])).isTrue();
        assertThat(AttachmentTypes.executable("INVOICE.EXE.", "application/octet-stream", new byte[0])).isTrue();
        assertThat(AttachmentTypes.executable("budget.xlsm", "application/octet-stream", new byte[0])).isTrue();
        assertThat(AttachmentTypes.executable("run", "application/x-sh; charset=utf-8", new byte[0])).isTrue();
        assertThat(AttachmentTypes.executable("scan.pdf", "application/pdf", new byte[] {'M', 'Z', 0})).isTrue();
        assertThat(AttachmentTypes.executable("tool", "application/octet-stream", new byte[] {0x7f, 'E', 'L', 'F'}))
                .isTrue();
    }

    @Test
    void ordinaryEvidenceIsNot() {
        assertThat(AttachmentTypes.executable("passport.pdf", "application/pdf", "%PDF-1.7".getBytes())).isFalse();
        assertThat(AttachmentTypes.executable("diploma.docx", "application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document", new byte[] {'P', 'K'})).isFalse();
        assertThat(AttachmentTypes.executable(null, null, null)).isFalse();
    }

    @Test
    void aFailedSendIsRetriedAfterGrowingPausesThenGivenUp() {
        Instant failed = Instant.parse("2026-12-04T15:00:00Z");
        assertThat(SendSchedule.DEFAULT.next(1, failed)).contains(failed.plus(Duration.ofMinutes(1)));
        assertThat(SendSchedule.DEFAULT.next(5, failed)).contains(failed.plus(Duration.ofHours(4)));
        assertThat(SendSchedule.DEFAULT.next(6, failed)).isEmpty();
        assertThat(new SendSchedule(List.of()).next(1, failed)).isEmpty();
        assertThat(SendSchedule.parse("PT1M, PT5M,PT15M,PT1H,PT4H")).isEqualTo(SendSchedule.DEFAULT);
        assertThat(SendSchedule.parse("").next(1, failed)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SendSchedule.parse("PT1M,five minutes"))
                .hasMessageContaining("'five minutes' is not a pause");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SendSchedule.parse("PT0S"))
                .hasMessageContaining("greater than zero");
    }
}
