package org.lpodesk.cmis.client;

/** A client or case folder in the repository. */
public record FolderRef(String id, String name, String path, String typeId) {
}
