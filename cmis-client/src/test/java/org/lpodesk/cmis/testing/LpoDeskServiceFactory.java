package org.lpodesk.cmis.testing;

import java.util.List;
import java.util.Optional;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.ExtensionsData;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.server.support.wrapper.AbstractCmisServiceWrapper;

/**
 * The in-memory server with LPO Desk's repository module stood in ({@link LpoDeskModuleStandIn}):
 * after each write that Alfresco's behaviours would see, the same recomputation runs.
 */
final class LpoDeskServiceFactory extends InMemoryServiceFactoryImpl {

    private final String repositoryId;

    LpoDeskServiceFactory(String repositoryId) {
        this.repositoryId = repositoryId;
    }

    private LpoDeskModuleStandIn module() {
        return new LpoDeskModuleStandIn(getStoreManger().getObjectStore(repositoryId));
    }

    @Override
    public CmisService getService(CallContext context) {
        return new AbstractCmisServiceWrapper(super.getService(context)) {
            @Override
            public String createDocument(String repo, Properties properties, String folderId, ContentStream content,
                                         VersioningState versioning, List<String> policies, Acl add, Acl remove,
                                         ExtensionsData extension) {
                String id = super.createDocument(repo, properties, folderId, content, versioning, policies, add, remove,
                        extension);
                PropertyData<?> type = properties.getProperties().get(PropertyIds.OBJECT_TYPE_ID);
                if (type != null && LpoDeskModuleStandIn.NOTICE.equals(type.getFirstValue())) {
                    module().noticeChanged(id);
                }
                evidenceChanged(repo, id);
                return id;
            }

            @Override
            public void updateProperties(String repo, Holder<String> objectId, Holder<String> changeToken,
                                         Properties properties, ExtensionsData extension) {
                // Alfresco's behaviour refuses a bad tag and the transaction rolls back: checked before anything changes
                PropertyData<?> tags = properties.getProperties().get("imm:checklistItems");
                if (tags != null) {
                    module().checkTags(objectId.getValue(), tags.getValues().stream().map(String::valueOf).toList());
                }
                super.updateProperties(repo, objectId, changeToken, properties, extension);
                module().noticeChanged(objectId.getValue());
                if (LpoDeskModuleStandIn.CASE.equals(typeOf(objectId.getValue()))) {
                    module().recomputeCase(objectId.getValue());
                }
                module().caseOf(objectId.getValue()).ifPresent(kase -> module().recomputeEvidence(kase));
            }

            @Override
            public String createItem(String repo, Properties properties, String folderId, List<String> policies,
                                     Acl add, Acl remove, ExtensionsData extension) {
                String id = super.createItem(repo, properties, folderId, policies, add, remove, extension);
                PropertyData<?> type = properties.getProperties().get(PropertyIds.OBJECT_TYPE_ID);
                if (type != null && LpoDeskModuleStandIn.STEP.equals(type.getFirstValue())) {
                    module().caseOf(folderId).ifPresent(kase -> module().recomputeCase(kase));
                }
                return id;
            }

            private String typeOf(String objectId) {
                var object = getStoreManger().getObjectStore(repositoryId).getObjectById(objectId);
                return object == null ? null : object.getTypeId();
            }

            /** A created document with a bad tag is refused: the transaction that created it rolls back. */
            private void evidenceChanged(String repo, String id) {
                try {
                    module().checkTags(id);
                } catch (RuntimeException refused) {
                    super.deleteObject(repo, id, true, null);
                    throw refused;
                }
                module().caseOf(id).ifPresent(kase -> module().recomputeEvidence(kase));
            }

            @Override
            public void checkIn(String repo, Holder<String> objectId, Boolean major, Properties properties,
                                ContentStream content, String comment, List<String> policies, Acl add, Acl remove,
                                ExtensionsData extension) {
                super.checkIn(repo, objectId, major, properties, content, comment, policies, add, remove, extension);
                module().noticeChanged(objectId.getValue());
            }

            @Override
            public void deleteObject(String repo, String objectId, Boolean allVersions, ExtensionsData extension) {
                Optional<String> kase = module().caseOf(objectId);
                super.deleteObject(repo, objectId, allVersions, extension);
                kase.ifPresent(id -> module().recomputeCase(id));
                kase.ifPresent(id -> module().recomputeEvidence(id));
            }

            @Override
            public void moveObject(String repo, Holder<String> objectId, String targetFolderId, String sourceFolderId,
                                   ExtensionsData extension) {
                Optional<String> from = module().caseOf(objectId.getValue());
                super.moveObject(repo, objectId, targetFolderId, sourceFolderId, extension);
                from.ifPresent(id -> module().recomputeCase(id));
                from.ifPresent(id -> module().recomputeEvidence(id));
                module().noticeChanged(objectId.getValue());
                module().caseOf(objectId.getValue()).ifPresent(id -> module().recomputeEvidence(id));
            }
        };
    }
}
