package org.lpodesk.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the message keys a template or script uses. */
final class SourceScan {

    /** A key used literally, or a key prefix used with a computed suffix. */
    record KeyUse(String key, boolean prefix, Path file) {
    }

    private static final Pattern FTL_LITERAL = Pattern.compile("msg\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern FTL_PREFIX = Pattern.compile("msg\\(\\s*\"([^\"]+)\"\\s*\\+");
    private static final Pattern CONTROLLER_LITERAL = Pattern.compile("msg\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern CLIENT_LITERAL = Pattern.compile(
            "(?:\\.msg|Alfresco\\.util\\.message)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** Keys handed to a helper that looks them up later: titleKey: "...", successKey: "..." */
    private static final Pattern CLIENT_KEY_OPTION = Pattern.compile("[A-Za-z]+Key\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ANY_MSG_CALL = Pattern.compile("(?:\\bmsg\\(|msg\\.get\\(|\\.msg\\(|Alfresco\\.util\\.message\\()\\s*([^\\s\"][^,)]*)");

    private SourceScan() {
    }

    static List<KeyUse> templateKeys(Path file) {
        String text = ShareModule.read(file);
        List<KeyUse> uses = new ArrayList<>();
        collect(FTL_LITERAL, text, false, file, uses);
        collect(FTL_PREFIX, text, true, file, uses);
        return uses;
    }

    static List<KeyUse> controllerKeys(Path file) {
        List<KeyUse> uses = new ArrayList<>();
        collect(CONTROLLER_LITERAL, ShareModule.read(file), false, file, uses);
        return uses;
    }

    static List<KeyUse> clientKeys(Path file) {
        String text = ShareModule.read(file);
        List<KeyUse> uses = new ArrayList<>();
        collect(CLIENT_LITERAL, text, false, file, uses);
        collect(CLIENT_KEY_OPTION, text, false, file, uses);
        return uses;
    }

    /**
     * Message lookups whose key is neither a literal nor a literal prefix, e.g. msg(someVariable):
     * the checks could not see which keys they need.
     */
    static List<String> opaqueLookups(Path file) {
        List<String> result = new ArrayList<>();
        Matcher m = ANY_MSG_CALL.matcher(ShareModule.read(file));
        while (m.find()) {
            String argument = m.group(1).trim();
            // helpers that receive keys from the options checked above
            if (argument.startsWith("options.") || argument.startsWith("action.label")) {
                continue;
            }
            result.add(ShareModule.relative(file) + ": msg(" + argument + ")");
        }
        return result;
    }

    private static void collect(Pattern pattern, String text, boolean prefix, Path file, List<KeyUse> uses) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            uses.add(new KeyUse(m.group(1), prefix, file));
        }
    }
}
