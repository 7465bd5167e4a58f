package org.lpodesk.sharing;

import java.sql.Connection;

/**
 * The JDBC connection of the transaction the caller runs in (in Alfresco the one the share's
 * transaction holds, in Activiti the one of the current command). {@link JdbcBulkCounts} reads,
 * locks and writes through it so that the count and the share commit or roll back together; it
 * never commits, rolls back or closes it: that stays with whoever opened the transaction.
 */
@FunctionalInterface
public interface TransactionConnection {

    /** The current transaction's connection, with autocommit off. */
    Connection get();
}
