package org.earshot.it;

import java.sql.Connection;
import java.sql.PreparedStatement;

/** The demo Billing queue's (6001) monitoring policy, set in SQL as its policy page would (that page is tested elsewhere). */
final class BillingPolicy {

    private BillingPolicy() {
    }

    /** Turns one of the policy's yes/no settings, named by its column of {@code call_queue}, on or off. */
    static void turn(String column, boolean on) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement update = db.prepareStatement("UPDATE call_queue SET " + column + " = ? WHERE number = '6001'")) {
            update.setBoolean(1, on);
            update.executeUpdate();
        }
    }
}
