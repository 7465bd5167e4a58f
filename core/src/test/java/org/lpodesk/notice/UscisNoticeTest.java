package org.lpodesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UscisNoticeTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I-539  | I-539",
            "i539   | I-539",
            "I 539  | I-539",
            "i_539  | I-539",
            "I-129F | I-129F",
            "eoir29 | EOIR-29",
            "I--130 | I-130"})
    void formNumbersAreComparedHoweverTheyWereTyped(String typed, String normalised) {
        UscisNotice notice = UscisNotice.of(NoticeKind.RFE, DATE, ServiceMethod.MAIL).withForm(typed);

        assertThat(notice.form()).contains(normalised);
        assertThat(notice.concernsForm(normalised)).isTrue();
        assertThat(notice.concernsForm("I-140")).isFalse();
    }

    @Test
    void aBlankFormMeansTheFormIsUnknown() {
        UscisNotice notice = UscisNotice.of(NoticeKind.RFE, DATE, ServiceMethod.MAIL).withForm("   ");

        assertThat(notice.form()).isEmpty();
        assertThat(notice.concernsForm("I-539")).isFalse();
    }

    @Test
    void theStatedDueDateIsKeptAsEntered() {
        UscisNotice notice = UscisNotice.of(NoticeKind.NOID, DATE, ServiceMethod.ELECTRONIC)
                .withStatedDueDate(LocalDate.of(2025, 8, 2));

        assertThat(notice.statedDueDate()).isEqualTo(Optional.of(LocalDate.of(2025, 8, 2)));
        assertThat(notice.kind()).isEqualTo(NoticeKind.NOID);
        assertThat(notice.service()).isEqualTo(ServiceMethod.ELECTRONIC);
    }
}
