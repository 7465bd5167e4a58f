package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A case's e-mail address from its number and back, as the SMTP server and the behaviour use it. */
class MailAliasesTest {

    private final MailAliases aliases = new MailAliases(MailAliases.DEFAULT_PATTERN, "Firm.Example");

    @Test
    void aCaseNumberBecomesALowerCaseAddressAtTheFirmsDomain() {
        assertThat(aliases.alias("IMM-2026-00014")).isEqualTo("imm-2026-00014");
        assertThat(aliases.address("IMM-2026-00014")).isEqualTo("imm-2026-00014@firm.example");
    }

    @Test
    void anAddressOfTheFirmsDomainNamesItsCaseWhateverTheCaseOfItsLetters() {
        assertThat(aliases.caseNumber("IMM-2026-00014@FIRM.example")).contains("IMM-2026-00014");
        assertThat(aliases.caseNumber("<imm-2026-00014@firm.example>")).contains("IMM-2026-00014");
    }

    @Test
    void anotherDomainOrAnotherShapeIsNotACaseAddress() {
        assertThat(aliases.caseNumber("imm-2026-00014@other.example")).isEmpty();
        assertThat(aliases.caseNumber("invoices@firm.example")).isEmpty();
        assertThat(aliases.caseNumber("imm-2026-0001@firm.example")).as("four digits are no sequence").isEmpty();
        assertThat(aliases.caseNumber("imm-2026-00000@firm.example")).as("a sequence of zeros").isEmpty();
        assertThat(aliases.caseNumber("no-at-sign")).isEmpty();
        assertThat(aliases.caseNumber(null)).isEmpty();
    }

    @Test
    void aPatternAroundTheNumberIsAppliedBothWays() {
        MailAliases prefixed = new MailAliases("case+{caseNumber}.mail", "firm.example");
        assertThat(prefixed.address("IMM-2026-00014")).isEqualTo("case+imm-2026-00014.mail@firm.example");
        assertThat(prefixed.caseNumber("case+imm-2026-00014.mail@firm.example")).contains("IMM-2026-00014");
        assertThat(prefixed.caseNumber("imm-2026-00014@firm.example")).isEmpty();
    }

    @Test
    void aBadPatternOrDomainIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> new MailAliases("cases", "firm.example"))
                .hasMessageContaining("{caseNumber} exactly once").hasMessageContaining("lpodesk.mail.alias.pattern");
        assertThatThrownBy(() -> new MailAliases("{caseNumber}-{caseNumber}", "firm.example"))
                .hasMessageContaining("exactly once");
        assertThatThrownBy(() -> new MailAliases("case {caseNumber}", "firm.example"))
                .hasMessageContaining("may hold only letters");
        assertThatThrownBy(() -> new MailAliases("{caseNumber}", "firm_example"))
                .hasMessageContaining("'firm_example' is not a mail domain");
    }

    @Test
    void aMalformedCaseNumberHasNoAddress() {
        assertThatThrownBy(() -> aliases.alias("2026-14")).isInstanceOf(IllegalArgumentException.class);
    }
}
