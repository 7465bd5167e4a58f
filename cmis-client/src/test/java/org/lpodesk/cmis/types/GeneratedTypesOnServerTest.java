package org.lpodesk.cmis.types;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.testing.InMemoryCmisEndpoint;

class GeneratedTypesOnServerTest {

    private static InMemoryCmisEndpoint endpoint;
    private static CmisTypeCatalog catalog;

    @BeforeAll
    static void start() {
        catalog = ImmModel.catalog();
        endpoint = new InMemoryCmisEndpoint(catalog);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void everyGeneratedTypeIsServedWithItsPropertiesOverTheBrowserBinding() {
        Session s = ImmigrationCmisClient.openSession(endpoint.connection());
        for (CmisType t : catalog.types()) {
            TypeDefinition served = s.getTypeDefinition(t.id());
            assertThat(served.getParentTypeId()).as(t.id()).isEqualTo(t.definition().getParentTypeId());
            if (t.definition().getPropertyDefinitions() != null && !t.definition().getPropertyDefinitions().isEmpty()) {
                assertThat(served.getPropertyDefinitions()).as(t.id())
                        .containsKeys(t.definition().getPropertyDefinitions().keySet().toArray(String[]::new));
            }
        }
    }
}
