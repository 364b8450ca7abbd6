package org.earshot.testing;

import org.h2.jdbcx.JdbcDataSource;

/** An empty in-memory H2 database, in the modes the demo server configures its embedded one with. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static JdbcDataSource empty() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:earshot-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
