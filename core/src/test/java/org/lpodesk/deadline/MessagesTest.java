package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lpodesk.notice.NoticeKind;

class MessagesTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    /** Literal keys in the package's sources: Text.of("..."), DeadlineException.of("..."), notes. */
    @Test
    void everyKeyTheCodeUsesHasAnEnglishText() throws IOException {
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/lpodesk/deadline"))) {
            // DeadlineRule.java holds rule ids, not keys; their names are checked below
            for (Path file : files.filter(f -> !f.endsWith("DeadlineRule.java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean isKey = !key.startsWith("lpodesk.") && !key.startsWith("org.");
                    if (isKey && !bundle.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyComputedKeyHasAnEnglishText() {
        List<String> keys = new ArrayList<>();
        for (FederalHoliday holiday : FederalHoliday.values()) {
            keys.add(holiday.messageKey());
        }
        for (NoticeKind kind : NoticeKind.values()) {
            keys.add("notice.kind." + kind.name());
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            keys.add(rule.messageKey());
        }
        for (RecruitmentStep.Kind kind : RecruitmentStep.Kind.values()) {
            keys.add(kind.messageKey());
        }
        assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }

    @Test
    void textsRenderInTheRequestedLocaleWithoutFallingBackToTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Text text = Text.of("reason.weekend", java.time.DayOfWeek.SATURDAY);
            assertThat(text.format(Locale.ENGLISH)).isEqualTo("a Saturday");
            assertThat(text.format(Locale.FRANCE)).isEqualTo("a samedi"); // English bundle, French day name
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void exceptionsCarryKeyArgumentsAndEnglish() {
        DeadlineException e = DeadlineException.of("settings.notABoolean", "lpodesk.calendar.inaugurationDay", "yes");

        assertThat(e.messageKey()).isEqualTo("settings.notABoolean");
        assertThat(e.messageArguments()).containsExactly("lpodesk.calendar.inaugurationDay", "yes");
        assertThat(e.getMessage()).isEqualTo("Setting lpodesk.calendar.inaugurationDay must be true or false, but is \"yes\".");
    }
}
