package org.lpodesk.alfresco.sharing;

import java.sql.Connection;
import javax.sql.DataSource;
import org.lpodesk.sharing.TransactionConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JDBC connection of the repository transaction in progress: Alfresco's
 * {@code transactionManager} is a {@code DataSourceTransactionManager} on {@code dataSource}, and
 * Activiti runs on the same transactions, so the bulk counts are written and their lock held in
 * exactly the transaction that starts the outsourcing process, and roll back with it.
 */
public final class TransactionBoundConnection implements TransactionConnection {

    private final DataSource dataSource;

    public TransactionBoundConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection get() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // outside a transaction the lock would be released at once: a count would mean nothing
            throw new IllegalStateException("Bulk-data counts are read and written only inside a repository "
                    + "transaction");
        }
        return DataSourceUtils.getConnection(dataSource);
    }
}
