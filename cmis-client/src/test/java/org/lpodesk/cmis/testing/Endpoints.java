package org.lpodesk.cmis.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.types.ImmModel;

/**
 * The endpoint the integration tests use: a live server when LPODESK_CMIS_IT_URL, _USER,
 * _PASSWORD and _FOLDER (or the system properties lpodesk.cmis.it.url, .user, .password, .folder)
 * are set, otherwise the in-memory server with the generated types.
 */
public final class Endpoints {

    private static final List<String> SETTINGS = List.of("url", "user", "password", "folder");

    private Endpoints() {
    }

    public static CmisTestEndpoint start() {
        List<String> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : SETTINGS) {
            String value = setting(name);
            values.add(value);
            if (value == null) {
                missing.add(envName(name));
            }
        }
        if (missing.size() == SETTINGS.size()) {
            return new InMemoryCmisEndpoint(ImmModel.catalog());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("A live CMIS endpoint needs all of " + SETTINGS.stream()
                    .map(Endpoints::envName).toList() + "; missing " + missing);
        }
        CmisConnection connection = new CmisConnection(values.get(0), values.get(1), values.get(2).toCharArray(),
                CmisConnection.DEFAULT_REPOSITORY);
        return new LiveCmisEndpoint(connection, values.get(3));
    }

    /** The live endpoint when its settings are given, else null (a benchmark then runs in memory). */
    public static CmisTestEndpoint liveOrNull() {
        return SETTINGS.stream().allMatch(name -> setting(name) != null) ? start() : null;
    }

    private static String envName(String name) {
        return "LPODESK_CMIS_IT_" + name.toUpperCase(Locale.ROOT);
    }

    private static String setting(String name) {
        String value = System.getProperty("lpodesk.cmis.it." + name);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(name));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
