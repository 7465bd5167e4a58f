package org.lpodesk.cmis.client;

import java.util.Arrays;

/**
 * Where and as whom the kit connects: the browser binding URL of an Alfresco repository
 * ({@code https://host/alfresco/api/-default-/public/cmis/versions/1.1/browser}), the user, the
 * password and the repository id ({@code -default-} on Alfresco).
 */
public record CmisConnection(String url, String user, char[] password, String repositoryId) {

    public static final String ALFRESCO_BROWSER_PATH = "/alfresco/api/-default-/public/cmis/versions/1.1/browser";
    public static final String DEFAULT_REPOSITORY = "-default-";

    public CmisConnection {
        password = password == null ? new char[0] : password.clone();
        repositoryId = repositoryId == null || repositoryId.isBlank() ? DEFAULT_REPOSITORY : repositoryId;
    }

    /** The browser binding URL of an Alfresco server given by its base URL ({@code https://host}). */
    public static String alfrescoUrl(String serverBase) {
        String base = serverBase.endsWith("/") ? serverBase.substring(0, serverBase.length() - 1) : serverBase;
        return base.endsWith("/browser") ? base : base + ALFRESCO_BROWSER_PATH;
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        // never print the password
        return "CmisConnection[url=" + url + ", user=" + user + ", repositoryId=" + repositoryId + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CmisConnection c && c.url.equals(url) && c.user.equals(user)
                && Arrays.equals(c.password, password) && c.repositoryId.equals(repositoryId);
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + user.hashCode();
    }
}
