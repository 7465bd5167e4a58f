package org.lpodesk.cmis.client;

/**
 * A client folder to create ({@code F:imm:client}).
 *
 * @param folderName the folder's name; null to use the client name
 * @param kind       a value of the party-kind list ({@code INDIVIDUAL}, {@code ORGANIZATION}), or null
 */
public record NewClient(String folderName, String clientName, String kind, String reference, String email) {

    public static NewClient named(String clientName) {
        return new NewClient(null, clientName, null, null, null);
    }

    public String effectiveFolderName() {
        return folderName == null || folderName.isBlank() ? clientName : folderName;
    }
}
