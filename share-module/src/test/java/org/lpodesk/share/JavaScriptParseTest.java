package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstRoot;

/**
 * Every JavaScript file parses with Rhino 1.7.15 as ES5 (language level 1.8, no ES6 syntax):
 * Surf's server-side controllers (after their <import> directives, which Surf resolves before
 * the script runs) and the browser code under META-INF/resources. Every <import> names a script
 * of this module.
 */
class JavaScriptParseTest {

    /** Surf reads import directives only at the start of a script, before any other text. */
    static final Pattern IMPORT = Pattern.compile("\\G\\s*<import\\s+resource=\"classpath:/?([^\"]+)\"\\s*/?>");

    /** Surf's script text without its leading import directives (same line count, so errors keep their line). */
    static String withoutImports(String script) {
        Matcher m = IMPORT.matcher(script);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        String imports = script.substring(0, end);
        return imports.replaceAll("[^\\n]", "") + script.substring(end);
    }

    static AstRoot parse(String name, String source) {
        CompilerEnvirons env = new CompilerEnvirons();
        env.setLanguageVersion(Context.VERSION_1_8);
        env.setRecordingComments(false);
        env.setStrictMode(false);
        env.setRecoverFromErrors(false);
        return new Parser(env).parse(source, name, 1);
    }

    @Test
    void everyScriptParsesAsEs5() {
        List<Path> scripts = ShareModule.files(ShareModule.SHARE, ".js");
        List<String> problems = new ArrayList<>();
        int server = 0;
        for (Path file : scripts) {
            String source = ShareModule.read(file);
            if (file.startsWith(ShareModule.SITE_WEBSCRIPTS)) {
                server++;
                source = withoutImports(source);
            }
            try {
                parse(ShareModule.relative(file), source);
            } catch (EvaluatorException e) {
                problems.add(ShareModule.relative(file) + ":" + e.lineNumber() + ": " + e.details());
            }
            if (source.contains("=>") || source.matches("(?s).*\\b(let|const|class)\\s+[A-Za-z_$].*")) {
                problems.add(ShareModule.relative(file) + ": ES6 syntax (arrow function, let, const or class)");
            }
        }
        ShareModule.report("javascript", "JavaScript files parsed: " + scripts.size() + " (" + server
                + " Surf controllers/libraries, " + (scripts.size() - server) + " browser)");
        assertThat(problems).isEmpty();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyImportNamesAScriptOfThisModule() {
        List<String> problems = new ArrayList<>();
        for (Path file : ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".js")) {
            Matcher m = IMPORT.matcher(ShareModule.read(file));
            while (m.find()) {
                if (!Files.isRegularFile(ShareModule.SHARE.resolve(m.group(1)))) {
                    problems.add(ShareModule.relative(file) + " imports " + m.group(1) + ", which does not exist");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
