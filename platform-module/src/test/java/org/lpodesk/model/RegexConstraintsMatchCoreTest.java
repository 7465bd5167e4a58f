package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lpodesk.identifier.ANumber;
import org.lpodesk.identifier.InvalidIdentifierException;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * The REGEX constraints accept exactly what core's parsers accept. Alfresco's RegexConstraint
 * tests {@code Matcher.matches()} (the whole value), so the same is done here with the model's
 * expression as written.
 */
class RegexConstraintsMatchCoreTest {

    private static final ContentModel MODEL = ContentModel.immigration();

    static List<String> receiptExamples() {
        return List.of("EAC2190012345", "VSC2190012345", "WAC2190012345", "CSC2190012345", "LIN2190012345",
                "NSC2190012345", "SRC2190012345", "TSC2190012345", "MSC2190012345", "NBC2190012345", "IOE0912345678",
                "YSC2190012345", "IOE0000000001", "ABC1234567890",
                "", " ", "EAC-21-900-12345", "EAC 2190012345", " EAC2190012345", "EAC2190012345 ", "EAC2190012345\n",
                "EAC219001234", "EAC21900123456", "2190012345EAC", "E4C2190012345", "eac2190012345", "Eac2190012345",
                "EAC21900123O5", "EACA190012345", "EAC219001234\u0663", "\u00c9AC2190012345", "EA2190012345",
                "EACD190012345");
    }

    static List<String> aNumberExamples() {
        return List.of("A123456789", "A012345678", "A001234567", "A000000000",
                "A1234567", "A12345678", "A0012345", "", " ", "A", "A123456", "A1234567890", "123456789", "a123456789",
                "B123456789", "A-123-456-789", "A 123456789", " A123456789", "A123456789 ", "A12345X789",
                "AA12345678", "A12345678\u0669", "A123456789\n");
    }

    static List<String> caseNumberExamples() {
        return List.of("IMM-2026-00042", "IMM-2026-00001", "AB-1900-99999", "ABCDEFGH-9999-123456789",
                "IMM-2026-10000", "IMM-2026-00000", "IMM-2026-0000000", "IMM-2026-1234567890", "IMM-1899-00001",
                "IMM-0999-00001", "IMM-2026-0001", "I-2026-00001", "ABCDEFGHI-2026-00001", "imm-2026-00001",
                "IMM-26-00042", "2026-014", "IMM2026-00042", "IMM-2026-00042 ", " IMM-2026-00042", "IMM-2026-00042\n",
                "IMM-2026-0004\u0662", "\u00c9MM-2026-00042", "", " ");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("caseNumberExamples")
    void caseNumberFormatAcceptsWhatCaseNumberAccepts(String example) {
        boolean model = matches("imm:caseNumberFormat", example);
        boolean core;
        try {
            core = org.lpodesk.cases.numbering.CaseNumber.parse(example).toString().equals(example);
        } catch (IllegalArgumentException e) {
            core = false;
        }
        // parse forgives surrounding whitespace and reads 6+ digit sequences; the stored form is what it writes
        assertThat(model).as("model vs CaseNumber.parse(%s)", example).isEqualTo(core);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("receiptExamples")
    void receiptNumberFormatAcceptsWhatReceiptNumberAccepts(String example) {
        boolean model = matches("imm:receiptNumberFormat", example);

        assertThat(model).as("model vs new ReceiptNumber(%s)", example).isEqualTo(accepts(ReceiptNumber::new, example));
        if (example.isBlank() || example.strip().equals(example)) {
            // parse only forgives surrounding whitespace
            assertThat(model).as("model vs ReceiptNumber.parse(%s)", example)
                    .isEqualTo(accepts(ReceiptNumber::parse, example));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("aNumberExamples")
    void aNumberFormatAcceptsExactlyTheStoredFormOfANumber(String example) {
        boolean model = matches("imm:aNumberFormat", example);

        assertThat(model).as("model vs new ANumber(%s)", example).isEqualTo(accepts(ANumber::new, example));
        if (accepts(ANumber::parse, example)) {
            // whatever parse accepts is stored in a form the model accepts
            assertThat(matches("imm:aNumberFormat", ANumber.parse(example).value())).isTrue();
        } else {
            assertThat(model).as("parse rejects %s, so must the model", example).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void theModelWritesCoresPatternsVerbatim() {
        assertThat(expression("imm:receiptNumberFormat")).isEqualTo(ReceiptNumber.PATTERN);
        assertThat(expression("imm:aNumberFormat")).isEqualTo(ANumber.STORED_PATTERN);
        assertThat(expression("imm:caseNumberFormat")).isEqualTo(org.lpodesk.cases.numbering.CaseNumber.PATTERN);
        assertThat(expression("imm:flagCaseNumberFormat")).isEqualTo(org.lpodesk.perm.PermInputRules.FLAG_CASE_NUMBER_PATTERN);
        assertThat(expression("imm:pwdCaseNumberFormat")).isEqualTo(org.lpodesk.perm.PermInputRules.PWD_CASE_NUMBER_PATTERN);
    }

    private static boolean matches(String constraint, String value) {
        return Pattern.compile(expression(constraint)).matcher(value).matches();
    }

    private static String expression(String constraint) {
        ContentModel.Constraint c = MODEL.constraints.get(constraint);
        assertThat(c.type()).isEqualTo("REGEX");
        return c.parameter("expression").get(0);
    }

    private static boolean accepts(Consumer<String> parser, String value) {
        try {
            parser.accept(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
