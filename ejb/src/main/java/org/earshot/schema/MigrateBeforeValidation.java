package org.earshot.schema;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations while Hibernate builds the persistence unit, before it validates the
 * schema against the entities. Without this the first deployment on an empty database would fail
 * validation, since an EJB started afterwards would come too late to create the tables.
 */
public class MigrateBeforeValidation implements Integrator {

    static final String DATA_SOURCE = "java:jboss/datasources/EarshotDS";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        new SchemaMigration(lookupDataSource()).migrate();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // migrations leave nothing to undo
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATA_SOURCE + " is not configured", e);
        }
    }
}
