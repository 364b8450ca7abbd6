package org.earshot.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC to the tests' PostgreSQL database, as its superuser, bypassing the application. */
public final class Database {

    private Database() {
    }

    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.db", "earshot_it"),
                "postgres", "");
    }
}
