package org.lpodesk.cmis.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.SessionFactory;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lpodesk.cmis.client.CmisConnection;
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
        CmisConnection c = endpoint.connection();
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, c.url());
        p.put(SessionParameter.USER, c.user());
        p.put(SessionParameter.PASSWORD, new String(c.password()));
        p.put(SessionParameter.REPOSITORY_ID, c.repositoryId());
        SessionFactory f = SessionFactoryImpl.newInstance();
        Session s = f.createSession(p);
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
