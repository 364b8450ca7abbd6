package org.earshot.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct JDBC to the tests' PostgreSQL database, as its superuser, bypassing the application. */
public final class Database {

    private Database() {
    }

    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.db", "earshot_it"),
                "postgres", "");
    }

    /** The single number a counting query answers, its parameters bound in order. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }
}
