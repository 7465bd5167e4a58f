package org.lpodesk.alfresco.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.transaction.TransactionService;
import org.json.JSONObject;
import org.lpodesk.demo.DemoData;
import org.lpodesk.demo.DemoDataReader;
import org.lpodesk.demo.DemoLoadReport;
import org.lpodesk.demo.DemoLoader;
import org.lpodesk.demo.DemoPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.extensions.surf.util.AbstractLifecycleBean;

/**
 * Loads the demo firm, vendor and users when the repository has started, and only when
 * {@code lpodesk.demo.enabled=true} ({@code LPODESK_DEMO_ENABLED=true} in the Docker stack).
 *
 * <p>Everything is read and checked first, the passwords from the environment included: a file
 * core refuses or a password that is missing creates nothing. Then core's {@link DemoLoader}
 * creates what does not exist yet, in one retrying transaction, so a failure leaves no half-loaded
 * demo and a restart skips what is there. It runs as the repository's administrator, not as the
 * system user: the site service makes the user who creates a site its first manager, and the
 * system user is no person, so a site created as the system user fails. Why a lifecycle bean and not a
 * module component: a module component runs inside the module start-up, where a demo problem
 * would stop the repository; the demo is optional, so its failure is logged and the repository
 * starts without it.
 */
public final class DemoDataLoader extends AbstractLifecycleBean {

    static final String RESOURCE = "alfresco/module/lpodesk-platform/bootstrap/demo/demo-data.json";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final TransactionService transactionService;
    private final AlfrescoDemoRepository repository;
    private final boolean enabled;
    private final ZoneId firmZone;

    public DemoDataLoader(TransactionService transactionService, AlfrescoDemoRepository repository, String enabled,
                          String firmZone) {
        this.transactionService = transactionService;
        this.repository = repository;
        this.enabled = Boolean.parseBoolean(enabled.strip());
        this.firmZone = ZoneId.of(firmZone);
    }

    @Override
    protected void onBootstrap(ApplicationEvent event) {
        if (!enabled) {
            LOG.debug("Demo data not loaded: lpodesk.demo.enabled is not true");
            return;
        }
        Map<String, Object> tree;
        DemoData data;
        Map<String, String> passwords;
        try {
            tree = new JSONObject(read()).toMap();
            data = DemoDataReader.withDefaultRules().read(tree, LocalDate.now(firmZone));
            passwords = DemoPasswords.resolve(data.users(), System::getenv);
        } catch (RuntimeException refused) {
            // an unreadable file (JSONException), a refused one or a missing password: never stop the start-up
            LOG.error("Demo data not loaded, nothing was created: {}", refused.getMessage());
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> engagement = (Map<String, ?>) tree.get("engagement");
        DemoLoader loader = new DemoLoader(repository, Locale.getDefault());
        LocalDate today = LocalDate.now(firmZone);
        try {
            DemoLoadReport report = AuthenticationUtil.runAs(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> loader.load(data, passwords, engagement, today), false, true),
                    AuthenticationUtil.getAdminUserName());
            LOG.info("Demo data loaded: created {}; skipped {}", report.created(), report.skipped());
        } catch (RuntimeException failed) {
            LOG.error("Demo data not loaded, the transaction was rolled back: {}", failed.getMessage(), failed);
        }
    }

    @Override
    protected void onShutdown(ApplicationEvent event) {
        // nothing to release
    }

    private static String read() {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the repository's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
